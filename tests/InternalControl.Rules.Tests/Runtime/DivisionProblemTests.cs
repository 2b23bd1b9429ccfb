using InternalControl.Kernel.Schools;
using InternalControl.Rules.Runtime;
using InternalControl.Testing.Rules;

namespace InternalControl.Rules.Tests.Runtime;

/// <summary>
/// A division by 0 at run time (IC1251) belongs to the binding it happened for: when the journal corrects or deletes
/// the mark or absence that made the divisor 0, the problem goes with it, on both engines, as in a batch over the
/// corrected journal.
/// </summary>
public sealed class DivisionProblemTests
{
    // Two 2s in a subject make the divisor 0; one fewer, and the rule divides by 1.
    private const string PerSubject = """
        rule "share" when pupil p subject s 10 / (2 - count(mark g where g.value = 2)) > 1 then set x = 1 end
        """;

    // Two unexcused absences make the divisor 0.
    private const string PerPupil = """
        rule "absent share" when pupil p 10 / (2 - count(absence a where not a.excused)) > 1 then notify class_teacher "x" end
        """;

    private static readonly Mark Two = Some.Mark("P1", "MATH", "2026-10-01", 2);

    private static readonly Mark[] Twos = [Two, Some.Mark("P1", "MATH", "2026-10-02", 2), Some.Mark("P1", "HIST", "2026-10-02", 4)];

    private static readonly Absence First = new("P1", new DateOnly(2026, 10, 5), 6, AbsenceExcuse.None, null);

    private static readonly Absence Second = new("P1", new DateOnly(2026, 10, 7), 6, AbsenceExcuse.None, null);

    [Theory]
    [ClassData(typeof(EngineEdits))]
    public void Session_MarkThatMadeTheDivisorZeroRemovedOrCorrected_ProblemGoesAsInABatch(RuleEngineKind engine, bool correct)
    {
        // Arrange
        var policy = Some.Compile(Some.Policy(PerSubject));
        var session = policy.OpenSession(Some.School(Twos), Some.Calendar, Some.Now, engine);
        var before = session.Run();
        var corrected = Two with { Value = 5 };

        // Act
        var done = correct ? session.Update(Two, corrected) : session.Remove(Two);

        // Assert
        Assert.True(done);
        Assert.Equal(["P1, MATH"], Division(before));
        var after = session.Result();
        Assert.Empty(Division(after));
        Assert.Contains(after.Decisions, d => d.SubjectId == "MATH");
        var rest = correct ? [corrected, .. Twos.Skip(1)] : Twos.Skip(1).ToArray();
        EngineParity.AssertSame(policy.Evaluate(Some.School(rest), Some.Calendar, Some.Now, RuleEngineKind.Compiled), after);
    }

    [Theory]
    [ClassData(typeof(EngineEdits))]
    public void Session_AbsenceThatMadeTheDivisorZeroRemovedOrExcused_ProblemGoesAsInABatch(RuleEngineKind engine, bool excuse)
    {
        // Arrange
        var policy = Some.Compile(Some.Policy(PerPupil));
        var session = policy.OpenSession(Some.School([], [First, Second]), Some.Calendar, Some.Now, engine);
        var before = session.Run();
        var excused = Second with { Excuse = AbsenceExcuse.Medical };

        // Act
        var done = excuse ? session.Update(Second, excused) : session.Remove(Second);

        // Assert
        Assert.True(done);
        Assert.Equal(["P1"], Division(before));
        var after = session.Result();
        Assert.Empty(Division(after));
        Assert.Contains(after.Notifications, n => n.PupilId == "P1");
        var rest = excuse ? new[] { First, excused } : [First];
        EngineParity.AssertSame(policy.Evaluate(Some.School([], rest), Some.Calendar, Some.Now, RuleEngineKind.Compiled), after);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public void Session_MarkThatMakesTheDivisorZeroAdded_ProblemIsReportedOnce(RuleEngineKind engine)
    {
        // Arrange
        var policy = Some.Compile(Some.Policy(PerSubject));
        var session = policy.OpenSession(Some.School(Twos.Skip(1)), Some.Calendar, Some.Now, engine);
        Assert.Empty(Division(session.Run()));

        // Act: the second 2 comes, then another mark of the same subject re-evaluates the binding again.
        session.Add(Two);
        session.Add(Some.Mark("P1", "MATH", "2026-10-06", 5));

        // Assert
        Assert.Equal(["P1, MATH"], Division(session.Result()));
        EngineParity.AssertSame(policy.Evaluate(Some.School([.. Twos, Some.Mark("P1", "MATH", "2026-10-06", 5)]), Some.Calendar, Some.Now, RuleEngineKind.Compiled), session.Result());
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public void Session_BindingThatLeavesWorkingMemory_TakesItsProblemWithIt(RuleEngineKind engine)
    {
        // Arrange: ART is not taught in 7A; the pupil has it only while a mark is recorded in it. No subject has a 5,
        // so the rule divides by 0 for each of the pupil's subjects.
        const string body = """rule "fives" when pupil p subject s 10 / count(mark g where g.value = 5) > 1 then set x = 1 end""";
        var art = Some.Mark("P1", "ART", "2026-10-01", 2);
        var school = InternalControl.Testing.Schools.SchoolBuilder.Kyrgyz()
            .Class("7A", 7, name: "7А")
            .Pupil("P1", "7A", "Pupil One")
            .Subject("MATH", "Mathematics", "Математика", "Математика", "Математика")
            .Subject("ART", "Art", "Сурет", "Сүрөт", "ИЗО")
            .Teaching("7A", "MATH", "T1")
            .Marks([art])
            .Build();
        var policy = Some.Compile(Some.Policy(body));
        var session = policy.OpenSession(school, Some.Calendar, Some.Now, engine);
        Assert.Equal(["P1, ART", "P1, MATH"], Division(session.Run()));

        // Act
        Assert.True(session.Remove(art));

        // Assert: the (P1, ART) binding is gone, and its problem with it; maths still divides by 0.
        Assert.Equal(["P1, MATH"], Division(session.Result()));
    }

    /// <summary>The bindings IC1251 names, in order.</summary>
    private static List<string> Division(EvaluationResult result) =>
        [.. result.Problems.Where(p => p.Code == "IC1251").Select(p => (string)p.Args[1]!).Order(StringComparer.Ordinal)];
}
