using InternalControl.PolicyLanguage.Translation;
using InternalControl.Rules.Compilation;

namespace InternalControl.Rules.Tests.Compilation;

using Language = InternalControl.Localization.Language;

public sealed class TranslationRoundTripTests
{
    private const string Source = """
        policy "kg-school-97" country kg version 1
        parameter twos_threshold = 3 "5.7: three or more 2 marks in one subject"

        table score_group hit unique
            input score in [0, 1, 2] | output group
            0                        | "A"
            1                        | "B"
            2                        | "C"
        end

        rule "5.7" priority 2
        when
            pupil p
            subject s
            count(mark g where g.value = 2 and g.kind = "current") >= twos_threshold
            not exists(absence a where a.excused and a.date > now - 3)
        then
            start "low-achiever" for p, s
            assert weak(p, s) = avg(mark g: g.value)
            notify class_teacher "Policy.Kg.UnexcusedDiary"
        end

        rule "group"
        when
            score e where e.value in [0..2]
        then
            set group = score_group(e.value)
        end

        test "three 2s"
        given
            now 2026-10-20
            mark pupil = "P1", subject = "MATH", date = 2026-10-01, value = 2
        expect
            not fired "5.7" for "P1", "MATH"
            score_group(1) = "B"
        end
        """;

    [Fact]
    public void Translate_EnKkKyRuEn_EveryStepCompilesToTheSameModel()
    {
        // Arrange
        var model = Some.Compile(Source).Describe();
        var text = Source;

        // Act
        var models = new List<string>();
        foreach (var language in new[] { Language.Kk, Language.Ky, Language.Ru, Language.En })
        {
            text = PolicyTranslator.Translate(text, "97.icp", language).Value!;
            models.Add(Some.Compile(text).Describe());
        }

        // Assert
        Assert.All(models, m => Assert.Equal(model, m));
        Assert.Equal(Source, text);
    }

    [Fact]
    public void Translate_ToKyrgyz_UsesKyrgyzKeywords()
    {
        // Act
        var text = PolicyTranslator.Translate(Source, "97.icp", Language.Ky).Value!;

        // Assert
        Assert.Contains("эреже \"5.7\" артыкчылык 2\nэгер\n    окуучу p\n    сабак s\n    саны(баа g мында g.мааниси = 2 жана g.түрү = \"current\") >= twos_threshold", text, StringComparison.Ordinal);
        Assert.True(PolicyCompiler.Compile(text, "97.ky.icp").Succeeded);
    }
}
