using InternalControl.Kernel.Schools;
using InternalControl.Rules.Rete;
using InternalControl.Rules.Runtime;
using NRules.RuleModel;

namespace InternalControl.Rules.Tests.Rete;

/// <summary>
/// A mark aggregate over the marks of a rule's own binding (the pupil's subject in a rule over `pupil p, subject s`, the
/// pupil in a rule over `pupil p`), in a condition that cannot hold over no marks, is an NRules group-by element: the
/// marks are facts in NRules' working memory, grouped by the binding they count for, which is the group's key. NRules keeps the groups as marks come, are
/// corrected and go, and both engines give the same answers. The 5.7 rule is No. 97 5.7 (three or more 2s in one subject).
/// </summary>
public sealed class MarkAggregateElementTests
{
    private const string Weak = """
        rule "weak" when pupil p avg(mark m) < 3 then notify class_teacher "x" end
        """;

    [Fact]
    public void Model_TwosInOneSubject_AreAnNRulesGroupByOfMarksKeyedByTheSubjectBinding()
    {
        // Arrange
        var policy = Some.Compile(Some.Policy57);

        // Act
        var patterns = policy.Rete.Definitions.Single().LeftHandSide.ChildElements.OfType<PatternElement>().ToList();

        // Assert: the rule's one pattern is the group of marks of the pupil's subject they count for, which is the group's
        // key; its condition reads the group alone (no join)
        var pattern = Assert.Single(patterns);
        var group = Assert.IsType<AggregateElement>(pattern.Source);
        Assert.Equal((AggregateElement.GroupByName, typeof(MarkFact)), (group.Name, group.Source.ValueType));
        Assert.Equal(typeof(IGrouping<PupilSubjectFact, MarkFact>), pattern.ValueType);
        Assert.Equal([pattern.Declaration], Assert.Single(pattern.Expressions.Find(PatternElement.ConditionName)).Imports);
    }

    [Fact]
    public void Model_PupilsAverage_IsAnNRulesGroupByOfMarksByPupil()
    {
        // Arrange
        var policy = Some.Compile(Some.Policy(Weak));

        // Act
        var patterns = policy.Rete.Definitions.Single().LeftHandSide.ChildElements.OfType<PatternElement>().ToList();

        // Assert
        Assert.Equal(typeof(IGrouping<PupilFact, MarkFact>), Assert.Single(patterns).ValueType);
    }

    private const string NoTwos = """
        rule "no twos" when pupil p subject s count(mark g where g.value = 2) = 0 then notify class_teacher "x" end
        """;

    [Fact]
    public void Session_ConditionThatHoldsOverNoMarks_StaysALoopThatFiresStopsWhenTheFirstTwoComesAndFiresWhenItGoes()
    {
        // Arrange: P1 has 2s in maths, a 3 in history and no marks in Kyrgyz (taught); P2 has no marks
        var policy = Some.Compile(Some.Policy(NoTwos));
        var batch = Some.Run(NoTwos, Some.Marks);
        var session = policy.OpenSession(Some.School(Some.Marks), Some.Calendar, Some.Now, RuleEngineKind.NRules);
        session.Run();

        // Act
        var two = Some.Mark("P1", "KY", "2026-10-07", 2);
        session.Add(two);
        var after = session.Result();
        session.Remove(two);
        var removed = session.Result();

        // Assert: both engines (Some.Run) tell of history and Kyrgyz for P1, and every subject of P2; then not of Kyrgyz
        // for P1 while the 2 is in the journal
        Assert.Equal(["P1 HIST", "P1 KY", "P2 HIST", "P2 KY", "P2 MATH"], batch.Notifications.Select(n => $"{n.PupilId} {n.SubjectId}").Order());
        Assert.Equal(["P1 HIST", "P2 HIST", "P2 KY", "P2 MATH"], after.Notifications.Select(n => $"{n.PupilId} {n.SubjectId}").Order());
        Assert.Equal(batch.Notifications.Select(n => $"{n.PupilId} {n.SubjectId}").Order(), removed.Notifications.Select(n => $"{n.PupilId} {n.SubjectId}").Order());
    }

    [Theory]
    [InlineData("""rule "r" when pupil p count(mark m where m.subject = "MATH") >= 1 then notify class_teacher "x" end""")]
    [InlineData("""rule "r" when pupil p count(absence a) >= 1 then notify class_teacher "x" end""")]
    [InlineData(NoTwos)]
    [InlineData("""rule "r" when pupil p count(mark m where m.subject = "MATH" or m.subject = "HIST") >= 1 then notify class_teacher "x" end""")]
    public void Model_AggregateBeyondTheBindingsMarks_StaysALoopAndTheMarksStayOutOfWorkingMemory(string body)
    {
        // Arrange: a pupil-wide filter that reads the mark's subject (the loop's), once or twice; absences; a condition that
        // holds over no marks (each binding would need a group of its own)
        var policy = Some.Compile(Some.Policy(body));
        var engine = new ReteEngine(policy.Rete, new FactIndex(Some.School(Some.Marks), Some.Calendar), Some.Now);

        // Act
        engine.RunAll();

        // Assert
        Assert.False(policy.Rete.GroupsMarks);
        Assert.DoesNotContain(policy.Rete.Definitions.Single().LeftHandSide.ChildElements.OfType<PatternElement>(), p => p.Source is AggregateElement);
        Assert.Empty(engine.Session.Query<MarkFact>());
    }

    [Fact]
    public void Session_MarksAddedAndRemoved_WorkingMemoryHoldsTheJournalsMarks()
    {
        // Arrange: five marks of P1 this quarter (Some.Marks), each counted by the pupil's average
        var policy = Some.Compile(Some.Policy(Weak));
        var engine = new ReteEngine(policy.Rete, new FactIndex(Some.School(Some.Marks), Some.Calendar), Some.Now);
        engine.RunAll();
        var added = Some.Mark("P1", "KY", "2026-10-07", 4);

        // Act
        var loaded = engine.Session.Query<MarkFact>().Count();
        engine.Add(added);
        var afterAdd = engine.Session.Query<MarkFact>().AsEnumerable().Select(m => (m.Subject, m.Row.Value)).ToList();
        engine.Remove(Some.Marks[0]);
        var afterRemove = engine.Session.Query<MarkFact>().Count(m => m.Subject == engine.Index.SubjectIndex["MATH"]);

        // Assert
        Assert.Equal(5, loaded);
        Assert.Contains((engine.Index.SubjectIndex["KY"], 4), afterAdd);
        Assert.Equal(6, afterAdd.Count);
        Assert.Equal(3, afterRemove);
    }

    [Fact]
    public void Session_MarksNoAggregateCounts_StayOutOfWorkingMemory()
    {
        // Arrange: No. 97 5.7 counts 2s; Some.Marks holds three 2s, a 5 and a 3, and a 2 dated after now
        var policy = Some.Compile(Some.Policy57);
        var later = Some.Mark("P1", "MATH", "2026-10-28", 2);
        var engine = new ReteEngine(policy.Rete, new FactIndex(Some.School([.. Some.Marks, later]), Some.Calendar), Some.Now);

        // Act
        engine.RunAll();

        // Assert: the 2s up to now; the 5, the 3 and the later 2 can be counted for no binding
        Assert.Equal([2, 2, 2], engine.Session.Query<MarkFact>().AsEnumerable().Select(m => m.Row.Value));
        Assert.Equal("MATH", Assert.Single(engine.OutcomeOf(0)!.Firings).SubjectId);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public void Session_ThirdTwoComesThenIsCorrected_RuleFiresThenStops(RuleEngineKind engine)
    {
        // Arrange: No. 97 5.7, two 2s in maths
        var policy = Some.Compile(Some.Policy57);
        var twos = Some.Marks.Take(2).ToList();
        var third = Some.Marks[2];
        var session = policy.OpenSession(Some.School(twos), Some.Calendar, Some.Now, engine);
        var before = session.Run();

        // Act
        session.Add(third);
        var withThird = session.Result();
        session.Update(third, third with { Value = 5 });
        var corrected = session.Result();

        // Assert
        Assert.Empty(before.Firings);
        Assert.Equal("MATH", Assert.Single(withThird.Firings).SubjectId);
        Assert.Empty(corrected.Firings);
    }

    [Fact]
    public void Evaluate_FilterThatReadsTheBinding_KeepsEveryMarkTheBindingMayCount()
    {
        // Arrange: a pupil of 7A counts every mark (both pupils are in 7A); the class test is no mark's own, so it does not
        // decide which marks working memory holds (a build that kept it admitted only the 2s, and this test failed)
        const string body = """rule "r" when pupil p subject s count(mark g where g.value = 2 or p.class = "7A") >= 1 then notify class_teacher "x" end""";

        // Act: both engines, compared (Some.Run)
        var result = Some.Run(body, Some.Marks);

        // Assert: P1's history, with only a 3, counts
        Assert.Equal(["P1 HIST", "P1 MATH"], result.Notifications.Select(n => $"{n.PupilId} {n.SubjectId}").Order());
    }

    [Theory]
    [InlineData(2, 2, 2, true)]
    [InlineData(2, 3, 4, false)]
    [InlineData(2, 2, 3, true)]
    public void Evaluate_PupilsAverageByGroupBy_GivesTheDecisionOfTheExpressionTreeEngine(int first, int second, int third, bool weak)
    {
        // Arrange: marks in two subjects, so that the pupil's group spans both
        Mark[] marks = [Some.Mark("P1", "MATH", "2026-10-01", first), Some.Mark("P1", "HIST", "2026-10-02", second), Some.Mark("P1", "MATH", "2026-10-05", third)];

        // Act: both engines, compared (Some.Run)
        var result = Some.Run(Weak, marks);

        // Assert
        Assert.Equal(weak, result.Notifications.Any(n => n.PupilId == "P1"));
    }
}
