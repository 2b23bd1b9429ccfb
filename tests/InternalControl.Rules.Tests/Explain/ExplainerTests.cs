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
}
