using InternalControl.Application.Reports;
using InternalControl.Kernel.Schools;
using InternalControl.Localization;
using static InternalControl.Application.Tests.Reports.TableAssert;

namespace InternalControl.Application.Tests.Reports;
/// <summary>Kazakh policy 2: evaluation sheet standings with the matrix decision (seed 000 §3.2-3.3).</summary>
public sealed class EvaluationReportTests
{
    [Fact]
    public void Build_AllCriteriaSystematic_GroupCInKyrgyz()
    {
        // Arrange
        var data = Some.School().Build() with
        {
            Scores = [new("t1", "teacher", "III.3", "1", 2, new DateOnly(2025, 10, 1), "d1"), new("t1", "teacher", "III.3", "2", 2, new DateOnly(2025, 10, 1), "d1")],
        };

        // Act
        var table = SchoolReports.Build("evaluations", data, new ReportOptions(1) { Matrix = Control.ShippedMatrix.Kazakh }, new Localizer(Language.Ky));

        // Assert
        Assert.Equal("С тобу: көрсөткүч системалуу түрдө бар", Cell(table, Row(table, "Reports.Column.Object", "Асанова Г."), "Reports.Column.Group").Text);
    }

    [Fact]
    public void Build_AAndCOnOneSheet_ACarriesTheCAsAResourceInRussian()
    {
        // Arrange: seed 000 §3.3, C runs seminars for A and B of the same sheet.
        var day = new DateOnly(2025, 10, 1);
        var data = Some.School().Build() with
        {
            Scores = [new("t1", "teacher", "III.3", "1", 0, day, "d1"), new("t1", "teacher", "III.3", "2", 0, day, "d1"), new("t1x", "teacher", "III.3", "1", 2, day, "d1")],
        };

        // Act
        var table = SchoolReports.Build("evaluations", data, new ReportOptions(1) { Matrix = Control.ShippedMatrix.Kazakh }, new Localizer(Language.Ru));

        // Assert
        Assert.Equal("Ресурс (группа С по этому листу): t1x", Cell(table, Row(table, "Reports.Column.Object", "Асанова Г."), "Reports.Column.Finding").Text);
    }

    [Fact]
    public void Build_CTwiceInARow_ExemptInKazakh()
    {
        // Arrange: seed 000 §3.1, group C at the last two evaluations.
        var data = Some.School().Build() with
        {
            Scores = [new("t1", "teacher", "V.1", "1", 2, new DateOnly(2025, 10, 1), "d1"), new("t1", "teacher", "V.1", "1", 2, new DateOnly(2026, 4, 1), "d1")],
        };

        // Act
        var table = SchoolReports.Build("evaluations", data, new ReportOptions(1) { Matrix = Control.ShippedMatrix.Kazakh }, new Localizer(Language.Kk));

        // Assert
        Assert.Equal("Қайталама бақылаудан босатылады: соңғы 2 бағалауда С тобында", Cell(table, Row(table, "Reports.Column.Object", "Асанова Г."), "Reports.Column.Finding").Text);
    }
}
