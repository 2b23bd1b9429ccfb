using InternalControl.Kernel.Schools;
using InternalControl.Rules.Runtime;
using InternalControl.Testing.Rules;

namespace InternalControl.Rules.Tests.Runtime;

public sealed class IncrementalTests
{
    private const string PupilWide = """
        policy "t" country kg version 1
        rule "council" priority 5 when pupil p weak(p) and count(mark g where g.value = 2) >= 4 then start "council" for p end
        rule "weak" when pupil p subject s count(mark g where g.value = 2) >= 3 then assert weak(p) end
        """;

    [Theory]
    [InlineData(Some.Policy57, RuleEngineKind.Compiled)]
    [InlineData(PupilWide, RuleEngineKind.Compiled)]
    [InlineData(Some.Policy57, RuleEngineKind.NRules)]
    [InlineData(PupilWide, RuleEngineKind.NRules)]
    public void Add_MarksOneByOne_EqualsBatchOverAllMarks(string source, RuleEngineKind engine)
    {
        // Arrange
        var policy = Some.Compile(source);
        var random = new Random(42);
        var subjects = new[] { "MATH", "KY", "HIST" };
        var marks = Enumerable.Range(0, 60)
            .Select(i => new Mark(random.Next(2) == 0 ? "P1" : "P2", subjects[random.Next(3)], new DateOnly(2026, 10, 1 + random.Next(19)), random.Next(2, 4), MarkKind.Current))
            .ToList();
        var session = policy.OpenSession(Some.School(marks.Take(10)), Some.Calendar, Some.Now, engine);
        session.Run();

        // Act
        foreach (var mark in marks.Skip(10))
        {
            session.Add(mark);
        }

        // Assert
        var batch = policy.Evaluate(Some.School(marks), Some.Calendar, Some.Now, engine);
        Assert.Equal(Keys(batch), Keys(session.Result()));
        EngineParity.AssertSame(batch, session.Result());
        Assert.NotEmpty(batch.Starts);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public void Add_ThirdTwo_StartsTheCaseForThatPupilOnly(RuleEngineKind engine)
    {
        // Arrange
        var policy = Some.Compile(Some.Policy57);
        var session = policy.OpenSession(Some.School([Some.Mark("P1", "MATH", "2026-10-01", 2), Some.Mark("P1", "MATH", "2026-10-02", 2)]), Some.Calendar, Some.Now, engine);
        session.Run();

        // Act
        session.Add(Some.Mark("P1", "MATH", "2026-10-19", 2));

        // Assert
        Assert.Equal("P1/MATH", Assert.Single(session.ResultFor("P1").Starts).Key);
        Assert.Empty(session.ResultFor("P2").Firings);
    }

    private static List<string> Keys(InternalControl.Rules.Runtime.EvaluationResult result) =>
        [.. result.Firings.Select(f => $"{f.Rule}|{f.PupilId}|{f.SubjectId}|{f.Facts.Count}").Order()];
}
