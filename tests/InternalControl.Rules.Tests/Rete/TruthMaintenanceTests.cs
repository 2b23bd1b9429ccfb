using InternalControl.Kernel.Schools;
using InternalControl.Rules.Rete;
using InternalControl.Rules.Runtime;
using InternalControl.Testing.Rules;
using InternalControl.Testing.Schools;

namespace InternalControl.Rules.Tests.Rete;

/// <summary>
/// A derived fact lives as long as what it was derived from: when the journal corrects or deletes a mark or an
/// absence, NRules' truth maintenance retracts the linked fact an activation asserted, and the start that read it goes.
/// </summary>
public sealed class TruthMaintenanceTests
{
    private const string Truancy = """
        rule "absent twice" when pupil p count(absence a where not a.excused) >= 2 then assert truant(p) end
        rule "truant is told" when pupil p truant(p) then notify class_teacher "x" end
        """;

    private static readonly Mark Low = Some.Mark("P1", "MATH", "2026-10-01", 2);

    // 2, 2 and 4 average 2.67: at risk. Without one 2 (or with it corrected to 5) the average is 3 or more.
    private static readonly Mark[] Marks = [Low, Some.Mark("P1", "MATH", "2026-10-02", 2), Some.Mark("P1", "MATH", "2026-10-05", 4)];

    private static readonly Absence First = new("P1", new DateOnly(2026, 10, 5), 6, AbsenceExcuse.None, null);

    private static readonly Absence Second = new("P1", new DateOnly(2026, 10, 7), 6, AbsenceExcuse.None, null);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void NRules_MarkRemovedOrCorrected_TruthMaintenanceRetractsTheLinkedFact(bool correct)
    {
        // Arrange
        var policy = Some.Compile(Some.Policy(Some.AtRisk));
        var engine = new ReteEngine(policy.Rete, new FactIndex(Some.School(Marks), Some.Calendar), Some.Now);
        engine.RunAll();
        var derived = Assert.Single(engine.Session.Query<AssertedFact>());
        var retracted = new List<object?>();
        engine.Session.Events.FactRetractedEvent += (_, e) => retracted.Add(e.Fact.Value);
        Assert.Equal(("at_risk", "support"), (derived.Name, Assert.Single(engine.OutcomeOf(0)!.Starts).Workflow));

        // Act
        Assert.True(engine.Remove(Low));
        if (correct)
        {
            Assert.True(engine.Add(Low with { Value = 5 }));
        }

        // Assert
        Assert.Empty(engine.Session.Query<AssertedFact>());
        Assert.Contains(derived, retracted);
        Assert.Empty(engine.OutcomeOf(0)!.Starts);
        Assert.Empty(engine.OutcomeOf(0)!.Facts);
    }

    [Theory]
    [ClassData(typeof(EngineEdits))]
    public void Session_MarkRemovedOrCorrected_DerivedFactAndStartGoAsInABatch(RuleEngineKind engine, bool correct)
    {
        // Arrange
        var policy = Some.Compile(Some.Policy(Some.AtRisk));
        var session = policy.OpenSession(Some.School(Marks), Some.Calendar, Some.Now, engine);
        var before = session.Run();
        var corrected = Low with { Value = 5 };

        // Act
        var done = correct ? session.Update(Low, corrected) : session.Remove(Low);

        // Assert
        Assert.True(done);
        Assert.Equal(("at_risk", "support"), (Assert.Single(before.Facts).Name, Assert.Single(before.Starts).Workflow));
        var after = session.Result();
        Assert.Empty(after.Facts);
        Assert.Empty(after.Starts);
        var rest = correct ? [corrected, .. Marks.Skip(1)] : Marks.Skip(1).ToArray();
        EngineParity.AssertSame(policy.Evaluate(Some.School(rest), Some.Calendar, Some.Now, RuleEngineKind.Compiled), after);
    }

    [Theory]
    [ClassData(typeof(EngineEdits))]
    public void Session_AbsenceRemovedOrExcused_DerivedFactAndNoticeGo(RuleEngineKind engine, bool excuse)
    {
        // Arrange
        var policy = Some.Compile(Some.Policy(Truancy));
        var session = policy.OpenSession(Some.School([], [First, Second]), Some.Calendar, Some.Now, engine);
        var before = session.Run();

        // Act
        var done = excuse ? session.Update(Second, Second with { Excuse = AbsenceExcuse.Medical }) : session.Remove(Second);

        // Assert
        Assert.True(done);
        Assert.Equal(("truant", "P1"), (Assert.Single(before.Facts).Name, Assert.Single(before.Notifications).PupilId));
        Assert.Empty(session.Result().Facts);
        Assert.Empty(session.Result().Notifications);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public void Session_RemoveOrUpdateWhatIsNotThere_FalseAndNothingChanges(RuleEngineKind engine)
    {
        // Arrange
        var policy = Some.Compile(Some.Policy(Some.AtRisk));
        var session = policy.OpenSession(Some.School(Marks), Some.Calendar, Some.Now, engine);
        var before = EngineParity.Lines(session.Run());

        // Act
        var removed = session.Remove(Low with { Value = 3 });
        var updated = session.Update(Low, Low with { SubjectId = "NOPE" });
        var absent = session.Remove(First);

        // Assert
        Assert.False(removed);
        Assert.False(updated);
        Assert.False(absent);
        Assert.Equal(before, EngineParity.Lines(session.Result()));
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public void Session_LastMarkOfAnUntaughtSubjectRemoved_TheSubjectsFiringsGo(RuleEngineKind engine)
    {
        // Arrange: ART is not taught in 7A; the pupil has it only while a mark is recorded in it.
        const string body = """rule "two" when pupil p subject s count(mark g where g.value = 2) >= 1 then start "t" for p, s end""";
        var policy = Some.Compile(Some.Policy(body));
        var art = Some.Mark("P1", "ART", "2026-10-03", 2);
        var school = SchoolBuilder.Kyrgyz()
            .Class("7A", 7, name: "7А")
            .Pupil("P1", "7A", "Pupil One")
            .Subject("MATH", "Mathematics", "Математика", "Математика", "Математика")
            .Subject("ART", "Art", "Сурет", "Сүрөт", "ИЗО")
            .Teaching("7A", "MATH", "T1")
            .Marks([art, Low])
            .Build();
        var session = policy.OpenSession(school, Some.Calendar, Some.Now, engine);
        Assert.Equal(2, session.Run().Starts.Count);

        // Act
        session.Remove(art);

        // Assert
        Assert.Equal("MATH", Assert.Single(session.Result().Starts).SubjectId);
    }
}
