using InternalControl.Kernel.Schools;
using InternalControl.Rules.Runtime;
using InternalControl.Testing.Schools;

namespace InternalControl.Rules.Tests.Runtime;

/// <summary>
/// Whose marks count where (No. 97 5.7 over a pupil's subjects): a mark that names a pupil or a subject the school does
/// not have counts for nobody, and a pupil's subjects are those the class is taught and those the pupil has marks in,
/// whether the marks were loaded at once or arrived one by one.
/// </summary>
public sealed class PupilSubjectsTests
{
    private const string Policy = """
        policy "t" country kg version 1
        rule "5.7 three or more 2s in one subject"
        when
            pupil p
            subject s
            count(mark g where g.value = 2) >= 3
        then
            start "low-achiever" for p, s
        end

        rule "one mark"
        when
            pupil p
            subject s
            count(mark g) = 1
        then
        end

        rule "no mark yet"
        when
            pupil p
            subject s
            count(mark g) = 0
        then
        end
        """;

    [Theory]
    [ClassData(typeof(Engines))]
    public void Evaluate_TwosOfAnUnknownPupilOrSubject_CountForNobody(RuleEngineKind engine)
    {
        // Arrange: three 2s of a pupil the school does not have, and three of P2 in a subject it does not have.
        var marks = new[] { "2026-10-01", "2026-10-02", "2026-10-05" }
            .SelectMany(d => new[] { Some.Mark("PX", "MATH", d, 2), Some.Mark("P2", "XX", d, 2) })
            .ToList();

        // Act
        var result = Some.Compile(Policy).Evaluate(School(marks), Some.Calendar, Some.Now, engine);

        // Assert: no case for anyone, and both pupils have no mark yet in maths and only in maths.
        Assert.Empty(result.Starts);
        Assert.Equal(["no mark yet P1 MATH", "no mark yet P2 MATH"], Fired(result));
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public void Add_TwosOfAnUnknownPupilOrSubject_CountForNobody(RuleEngineKind engine)
    {
        // Arrange
        var session = Some.Compile(Policy).OpenSession(School([]), Some.Calendar, Some.Now, engine);
        session.Run();

        // Act
        var added = new[] { "2026-10-01", "2026-10-02", "2026-10-05" }
            .SelectMany(d => new[] { session.Add(Some.Mark("PX", "MATH", d, 2)), session.Add(Some.Mark("P2", "XX", d, 2)) })
            .ToList();

        // Assert
        Assert.All(added, Assert.False);
        Assert.Empty(session.Result().Starts);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public void Evaluate_TwosInASubjectTheClassIsNotTaught_OpenTheCaseThere_AndAnUnmarkedUntaughtSubjectIsNotThePupils(RuleEngineKind engine)
    {
        // Arrange: 7A is taught maths only; P1 has three 2s in art all the same (a subject taken elsewhere).
        var marks = new[] { "2026-10-01", "2026-10-02", "2026-10-05" }.Select(d => Some.Mark("P1", "ART", d, 2)).ToList();

        // Act
        var batch = Some.Compile(Policy).Evaluate(School(marks), Some.Calendar, Some.Now, engine);

        // Assert
        Assert.Equal("P1/ART", Assert.Single(batch.Starts).Key);
        Assert.Equal(["5.7 three or more 2s in one subject P1 ART", "no mark yet P1 MATH", "no mark yet P2 MATH"], Fired(batch));
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public void Add_TwosInASubjectTheClassIsNotTaught_BeforeTheFirstRun_OpenTheCaseThere_AsInABatch(RuleEngineKind engine)
    {
        // Arrange: marks come before the session has run; the first one's subject is the pupil's only through it
        var policy = Some.Compile(Policy);
        var session = policy.OpenSession(School([]), Some.Calendar, Some.Now, engine);
        var marks = new[] { "2026-10-01", "2026-10-02", "2026-10-05" }.Select(d => Some.Mark("P1", "ART", d, 2)).ToList();

        // Act
        foreach (var mark in marks)
        {
            Assert.True(session.Add(mark));
        }

        // Assert: NRules ran the school at the first mark, the subject's fact and its marks in working memory
        var batch = Fired(policy.Evaluate(School(marks), Some.Calendar, Some.Now, engine));
        Assert.Equal(batch, Fired(session.Run()));
        Assert.Contains("5.7 three or more 2s in one subject P1 ART", batch);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public void Add_TwosInASubjectTheClassIsNotTaught_OpenTheCaseThere_AsInABatch(RuleEngineKind engine)
    {
        // Arrange
        var policy = Some.Compile(Policy);
        var session = policy.OpenSession(School([]), Some.Calendar, Some.Now, engine);
        session.Run();
        var marks = new[] { "2026-10-01", "2026-10-02", "2026-10-05" }.Select(d => Some.Mark("P1", "ART", d, 2)).ToList();

        // Act
        foreach (var mark in marks)
        {
            Assert.True(session.Add(mark));
        }

        // Assert: the same when the session runs the whole school again.
        var batch = Fired(policy.Evaluate(School(marks), Some.Calendar, Some.Now, engine));
        Assert.Equal("P1/ART", Assert.Single(session.Result().Starts).Key);
        Assert.Equal(batch, Fired(session.Result()));
        Assert.Equal(batch, Fired(session.Run()));
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public void Add_OneMarkInASubjectTheClassIsNotTaught_MakesItThePupils_ForTheNextRunToo(RuleEngineKind engine)
    {
        // Arrange
        var session = Some.Compile(Policy).OpenSession(School([]), Some.Calendar, Some.Now, engine);
        session.Run();

        // Act
        session.Add(Some.Mark("P1", "ART", "2026-10-01", 5));

        // Assert
        Assert.Contains("one mark P1 ART", Fired(session.Result()));
        Assert.Contains("one mark P1 ART", Fired(session.Run()));
    }

    private static SchoolData School(IEnumerable<Mark> marks) =>
        SchoolBuilder.Kyrgyz()
            .Class("7A", 7, name: "7А")
            .Pupil("P1", "7A", "Pupil One").Pupil("P2", "7A", "Pupil Two")
            .Subject("MATH", "Mathematics", "Математика", "Математика", "Математика")
            .Subject("ART", "Art", "Бейнелеу өнері", "Сүрөт искусствосу", "Изобразительное искусство")
            .Teaching("7A", "MATH", "T1")
            .Marks(marks)
            .Build();

    private static List<string> Fired(EvaluationResult result) =>
        [.. result.Firings.Select(f => $"{f.Rule} {f.PupilId} {f.SubjectId}").Order(StringComparer.Ordinal)];
}
