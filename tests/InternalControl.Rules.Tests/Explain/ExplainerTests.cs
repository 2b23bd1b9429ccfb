using InternalControl.Kernel.Schools;
using InternalControl.Localization;
using InternalControl.Rules.Explain;

namespace InternalControl.Rules.Tests.Explain;

public sealed class ExplainerTests
{
    [Fact]
    public void Explain_FiredRule_KyrgyzLinesWithMarksAndStart()
    {
        // Arrange
        var school = Some.School([Some.Mark("P1", "MATH", "2026-10-01", 2), Some.Mark("P1", "MATH", "2026-10-02", 2), Some.Mark("P1", "MATH", "2026-10-05", 2)]);
        var result = Some.Compile(Some.Policy57).Evaluate(school, Some.Calendar, Some.Now);

        // Act
        var lines = Explainer.Explain(result, "P1", school, Language.Ky);

        // Assert
        Assert.Equal("«5.7 three or more 2s in one subject» эрежеси 20.10.2026 күнү «Математика» сабагы боюнча иштеди (1-чейрек).", lines[0]);
        Assert.Equal("  себеби: 01.10.2026 күнкү Математика сабагынан 2 баасы", lines[1]);
        Assert.Equal("  ошондуктан Pupil One, Математика үчүн «Сабакты начар өздөштүргөн окуучу менен иш» процесси башталат", lines[^1]);
    }

    [Fact]
    public void Explain_NothingFired_SaysSoInRussian()
    {
        // Arrange
        var school = Some.School([]);
        var result = Some.Compile(Some.Policy57).Evaluate(school, Some.Calendar, Some.Now);

        // Act
        var lines = Explainer.Explain(result, "P2", school, Language.Ru);

        // Assert
        Assert.Equal(["На 20.10.2026 для обучающегося Pupil Two не сработало ни одно правило."], lines);
    }

    [Fact]
    public void Explain_PupilRule_AbsencesDerivedFactDecisionsAndNotice()
    {
        // Arrange: No. 97 6.2, unexcused absences: the class teacher is told, the pupil is marked, three decisions are set.
        var absences = new[] { new Absence("P1", new DateOnly(2026, 10, 5), 3, AbsenceExcuse.None, null), new Absence("P1", new DateOnly(2026, 10, 6), 2, AbsenceExcuse.None, null) };
        var school = Some.School([], absences);
        var policy = Some.Compile(Some.Policy("""
            rule "absent" when pupil p sum(absence a: a.lessons where not a.excused) >= 5
            then
                assert absentee(p) = 5
                set flagged = true
                set unflagged = false
                set lessons = 5
                notify class_teacher "Policy.Kg.UnexcusedDiary"
            end
            """));
        var result = policy.Evaluate(school, Some.Calendar, Some.Now);

        // Act
        var lines = Explainer.Explain(result, "P1", school, Language.En);

        // Assert
        Assert.Equal(
            [
                "Rule «absent» fired on 20/10/2026 (quarter 1).",
                "  because of 3 missed lesson(s) on 05/10/2026",
                "  because of 2 missed lesson(s) on 06/10/2026",
                "  so it is established: absentee (Pupil One): 5",
                "  so flagged = yes",
                "  so unflagged = no",
                "  so lessons = 5",
                "  so Class teacher is notified",
            ],
            lines);
    }

    [Fact]
    public void Explain_SubjectTeacher_SeesOnlyTheirSubject()
    {
        // Arrange: 5.7 fires in maths and in Kyrgyz; the maths teacher reads only maths.
        var school = Some.School([
            Some.Mark("P1", "MATH", "2026-10-01", 2), Some.Mark("P1", "MATH", "2026-10-02", 2), Some.Mark("P1", "MATH", "2026-10-05", 2),
            Some.Mark("P1", "KY", "2026-10-01", 2), Some.Mark("P1", "KY", "2026-10-02", 2), Some.Mark("P1", "KY", "2026-10-05", 2)]);
        var result = Some.Compile(Some.Policy57).Evaluate(school, Some.Calendar, Some.Now);

        // Act
        var all = Explainer.Explain(result, "P1", school, Language.En);
        var maths = Explainer.Explain(result, "P1", school, Language.En, s => s == "MATH");

        // Assert
        Assert.Equal(2, all.Count(l => !l.StartsWith(' ')));
        Assert.Equal(
            [
                "Rule «5.7 three or more 2s in one subject» fired on 20/10/2026 for the subject Mathematics (quarter 1).",
                "  because of the mark 2 of 01/10/2026 in Mathematics",
                "  because of the mark 2 of 02/10/2026 in Mathematics",
                "  because of the mark 2 of 05/10/2026 in Mathematics",
                "  so the process «Work with a low-achieving pupil» starts for Pupil One, Mathematics",
            ],
            maths);
    }
}
