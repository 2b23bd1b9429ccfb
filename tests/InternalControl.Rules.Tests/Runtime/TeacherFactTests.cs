using InternalControl.Kernel.Schools;
using InternalControl.Localization;
using InternalControl.Rules.Model;
using InternalControl.Rules.Runtime;
using InternalControl.Testing.Rules;

namespace InternalControl.Rules.Tests.Runtime;

/// <summary>
/// `teacher t`: a teacher's qualification (teacher_qualifications.csv) as a fact type of both engines, read by the Kazakh
/// policy's part IV (seed 003, criteria 2 and 3): its id, category, and the days of the last attestation and course.
/// </summary>
public sealed class TeacherFactTests
{
    private const string Body = """
        rule "course due"
        when
            teacher t
            t.category != "pedagogue"
            days(t.trained, now) >= 3 * 365 - 120
        then
            set course_from = t.trained
            start "teacher-remediation" for t.id, "training", t.trained
        end

        rule "weak" when pupil p avg(mark m) < 3 then notify class_teacher "x" end
        """;

    private static readonly TeacherQualification[] Teachers =
    [
        new("T1", QualificationCategory.Expert, new DateOnly(2021, 6, 15), new DateOnly(2023, 9, 1)),
        new("T2", QualificationCategory.Moderator, new DateOnly(2024, 5, 20), new DateOnly(2025, 3, 1)),
        new("T3", QualificationCategory.Master, null, null),
        new("T4", QualificationCategory.Pedagogue, null, null),
    ];

    [Fact]
    public void Evaluate_TeacherFacts_BothEnginesStartTheSameFindingsPerTeacher()
    {
        // Arrange
        var policy = Some.Compile(Some.Policy(Body));
        var school = Some.School(Some.Marks) with { Qualifications = Teachers };

        // Act
        var compiled = policy.Evaluate(school, Some.Calendar, Some.Now, RuleEngineKind.Compiled);
        var nrules = policy.Evaluate(school, Some.Calendar, Some.Now, RuleEngineKind.NRules);

        // Assert: T1's course of 2023-09-01 is due on 20 October 2026, T3 never took one; T2's is recent, T4 has no category.
        Assert.Equal(
            ["T1/training/2023-09-01", "T3/training/0001-01-01"],
            compiled.Starts.Where(s => s.Workflow == "teacher-remediation").Select(s => s.Key).Order(StringComparer.Ordinal));
        Assert.Equal(["T1", "T3"], compiled.Firings.Where(f => f.Rule == "course due").Select(f => f.ObjectId).Order(StringComparer.Ordinal));
        Assert.Equal(new DateOnly(2023, 9, 1), compiled.Decisions.Single(d => d.ObjectId == "T1").Value);
        EngineParity.AssertSame(compiled, nrules);
    }

    [Fact]
    public void Run_Twice_NRulesSessionWithTeacherFactsGivesTheSameStarts()
    {
        // Arrange
        var policy = Some.Compile(Some.Policy(Body));
        var school = Some.School(Some.Marks) with { Qualifications = Teachers };
        var session = policy.OpenSession(school, Some.Calendar, Some.Now, RuleEngineKind.NRules);
        session.Run();

        // Act
        var second = session.Run();

        // Assert
        EngineParity.AssertSame(policy.Evaluate(school, Some.Calendar, Some.Now, RuleEngineKind.Compiled), second);
    }

    [Fact]
    public void Compile_TeacherWithAPupil_IsRefusedAtTheRule()
    {
        // Act
        var errors = Some.Errors(Some.Policy("""
            rule "mixed" when teacher t pupil p t.category = "expert" then notify class_teacher "x" end
            """));

        // Assert: a teacher rule runs once per teacher, with no pupil to bind.
        Assert.Contains(errors, e => e.Code == "IC1214");
    }

    [Fact]
    public void Schema_ListsTheTeacherTypeAndItsFields_InKazakh()
    {
        // Act
        var lines = PolicySchema.Render(Language.Kk, Language.Kk);

        // Assert
        var at = lines.ToList().IndexOf("педагог");
        Assert.True(at >= 0);
        Assert.Equal(["    .коды : мәтін", "    .санаты : мәтін", "    .аттестатталған : күн", "    .курстан_өткен : күн"], lines.Skip(at + 1).Take(4));
    }
}
