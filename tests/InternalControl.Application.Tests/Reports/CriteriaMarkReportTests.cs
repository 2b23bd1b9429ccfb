using InternalControl.Application.Reports;
using InternalControl.Kernel.Schools;
using InternalControl.Localization;
using static InternalControl.Application.Tests.Reports.TableAssert;

namespace InternalControl.Application.Tests.Reports;
/// <summary>Kazakh policy 4: criteria-based quarter marks and the unit-summative limit (seed 001 R31, R33).</summary>
public sealed class CriteriaMarkReportTests
{
    [Fact]
    public void Build_UnitsAndTerm_QuarterPercentAndMark()
    {
        // Arrange: units 60 and 50 (mean 55), term 70 -> 62.5 -> 63 -> "3"
        var data = Some.School().Class("7A", 7).Pupil("p1")
            .Mark("p1", "math", MarkKind.UnitSummative, 60).Mark("p1", "math", MarkKind.UnitSummative, 50).Mark("p1", "math", MarkKind.TermSummative, 70)
            .Build();

        // Act
        var table = SchoolReports.Build("criteria-marks", data, new ReportOptions(1), Ru);

        // Assert
        var row = Row(table, "Reports.Column.Pupil", "Pupil p1");
        Assert.Equal((62.5, 3.0), (Cell(table, row, "Reports.Column.QuarterPercent").Number, Cell(table, row, "Reports.Column.Mark").Number));
    }

    [Fact]
    public void Build_GradeOne_NoRows()
    {
        // Arrange (seed 001 R28: grade 1 is not marked)
        var data = Some.School().Class("1A", 1).Pupil("p1").Mark("p1", "math", MarkKind.UnitSummative, 60).Build();

        // Act
        var table = SchoolReports.Build("criteria-marks", data, new ReportOptions(1), Ru);

        // Assert
        Assert.Empty(table.Rows);
    }

    [Fact]
    public void Build_ThreeUnitSummativesInOneHourSubject_FindingOverLimit()
    {
        // Arrange: three dates, subject taught 1 hour a week -> limit 2 (seed 001 R31)
        var data = Some.School().Class("7A", 7).Pupil("p1")
            .Mark("p1", "lit", MarkKind.UnitSummative, 60, new DateOnly(2025, 9, 10))
            .Mark("p1", "lit", MarkKind.UnitSummative, 70, new DateOnly(2025, 9, 24))
            .Mark("p1", "lit", MarkKind.UnitSummative, 80, new DateOnly(2025, 10, 8))
            .Build();
        var options = new ReportOptions(1) { WeeklyHours = new Dictionary<string, int> { ["lit"] = 1 } };

        // Act
        var table = SchoolReports.Build("summative-limit", data, options, new Localizer(Language.Ky));

        // Assert
        Assert.Equal("Чектен ашык: 1", Cell(table, Row(table, "Reports.Column.Subject", "Адабият"), "Reports.Column.Finding").Text);
    }

    [Fact]
    public void Build_ThreeUnitSummativesWithUnknownHours_WithinLimit()
    {
        // Arrange
        var data = Some.School().Class("7A", 7).Pupil("p1")
            .Mark("p1", "math", MarkKind.UnitSummative, 60, new DateOnly(2025, 9, 10))
            .Mark("p1", "math", MarkKind.UnitSummative, 70, new DateOnly(2025, 9, 24))
            .Mark("p1", "math", MarkKind.UnitSummative, 80, new DateOnly(2025, 10, 8))
            .Build();

        // Act
        var table = SchoolReports.Build("summative-limit", data, new ReportOptions(1), Ru);

        // Assert
        Assert.Equal("В пределах нормы", Cell(table, Row(table, "Reports.Column.Subject", "Математика"), "Reports.Column.Finding").Text);
    }
}
