using InternalControl.Localization;
using InternalControl.Rules.Runtime;

namespace InternalControl.Rules.Tests.Compilation;

/// <summary>
/// Hardening, finding 10: policy checks that let misbehaviour through. A division by a literal zero and a `notify` key
/// that no catalog has are compile errors; a division by a value that is 0 at run time stops the rule for that binding
/// on both engines, with a runtime diagnostic; a gap check skipped because the table is too large is a warning.
/// </summary>
public sealed class PolicyChecksTests
{
    [Theory]
    [InlineData("p.grade / 0 > 3")]
    [InlineData("p.grade / -0.0 > 3")]
    [InlineData("p.grade / nothing > 3")]
    public void Finding10_DivisionByAConstantZero_IsACompileError(string condition)
    {
        // Arrange: `nothing` is a parameter whose value is 0.
        var source = Some.Policy($"parameter nothing = 0 \"a zero\"\nrule \"r\" when pupil p {condition} then set x = 1 end");

        // Act
        var diagnostic = Assert.Single(Some.Errors(source));

        // Assert
        Assert.Equal("IC1250", diagnostic.Code);
        Assert.Equal("Деление на ноль: делитель всегда равен 0.", diagnostic.Message(Language.Ru));
        Assert.Equal("Нөлгө бөлүү: бөлүүчү ар дайым 0гө барабар.", diagnostic.Message(Language.Ky));
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public void Finding10_DivisionByAValueThatIsZero_StopsTheRuleForThatBindingOnly(RuleEngineKind engine)
    {
        // Arrange: P1 has three 2s in maths (of 4 marks) and no history 2s; history's share of 2s divides by 0 2s...
        // the divisor is the count of 2s, so the binding (P1, HIST) divides by 0 and (P1, MATH) by 3.
        const string body = """
            rule "share" when pupil p subject s
                count(mark g) / count(mark g where g.value = 2) < 2
            then set x = 1 end
            """;
        var policy = Some.Compile(Some.Policy(body));

        // Act
        var result = policy.Evaluate(Some.School(Some.Marks), Some.Calendar, Some.Now, engine);

        // Assert: MATH fires (4 / 3 < 2); HIST (1 / 0) and the subjects without marks (0 / 0) do not, and are reported.
        Assert.Equal(["MATH"], result.Firings.Select(f => f.SubjectId));
        var problems = result.Problems.Where(p => p.Code == "IC1251").ToList();
        Assert.Contains(problems, p => p.Message(Language.En) == "Rule «share» divided by 0 for P1, HIST; the rule was not applied to it.");
        Assert.Contains(problems, p => p.Message(Language.Kk) == "«share» қағидасы P1, HIST үшін 0-ге бөлді; қағида оған қолданылмады.");
        Assert.DoesNotContain(problems, p => p.Args.Contains("P1, MATH"));
    }

    [Fact]
    public void Finding10_DivisionByAValueThatIsZero_IsTheSameOnBothEngines()
    {
        // Act: Some.Run evaluates on both engines and asserts the same firings and problems.
        var result = Some.Run("rule \"r\" when pupil p subject s 10 / count(mark g where g.value = 2) > 1 then set x = 1 end", Some.Marks);

        // Assert: 10 / 0 is not infinity > 1 for every pupil: only P1's maths fires.
        Assert.Equal([("P1", "MATH")], result.Firings.Select(f => (f.PupilId, f.SubjectId)));
        Assert.NotEmpty(result.Problems);
    }

    [Fact]
    public void Finding10_NotifyWithAKeyNoCatalogHas_IsACompileError()
    {
        // Arrange
        var source = Some.Policy("rule \"r\" when pupil p then notify class_teacher \"Policy.Kg.NoSuchText\" end");

        // Act
        var diagnostic = Assert.Single(Some.Errors(source));

        // Assert
        Assert.Equal("IC1252", diagnostic.Code);
        Assert.StartsWith("The text key \"Policy.Kg.NoSuchText\" is in no catalog", diagnostic.Message(Language.En), StringComparison.Ordinal);
        Assert.StartsWith("Ключа текста «Policy.Kg.NoSuchText» нет ни в одном каталоге", diagnostic.Message(Language.Ru), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Policy.Kg.UnexcusedDiary")]
    [InlineData("Call the parents today")]
    public void Finding10_NotifyWithAKnownKeyOrPlainText_Compiles(string message)
    {
        // Act
        var diagnostics = Some.Errors(Some.Policy($"rule \"r\" when pupil p then notify class_teacher \"{message}\" end"));

        // Assert
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Finding10_AGapCheckSkippedBecauseTheTableIsTooLarge_IsAWarningThatSaysSo()
    {
        // Arrange: 300 x 300 = 90,000 combinations, over the 20,000 the check goes through.
        const string table = """
            table wide hit first
                input a in [0..299] | input b in [0..299] | output r
                [0..10]             | -                   | 1
            end
            """;

        // Act
        var diagnostic = Assert.Single(Some.Errors(Some.Policy(table)));

        // Assert
        Assert.Equal("IC1253", diagnostic.Code);
        Assert.False(diagnostic.IsError);
        Assert.StartsWith("Table «wide» was not checked for missing rows: its input columns make 90000 combinations, more than the 20000", diagnostic.Message(Language.En), StringComparison.Ordinal);
        Assert.StartsWith("«wide» таблицасы жетишпеген саптарга текшерилген жок", diagnostic.Message(Language.Ky), StringComparison.Ordinal);
    }
}
