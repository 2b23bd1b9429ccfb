using InternalControl.Application.Reports;
using InternalControl.Kernel.Schools;
using InternalControl.Localization;
using static InternalControl.Application.Tests.Reports.TableAssert;

namespace InternalControl.Application.Tests.Reports;

/// <summary>
/// The unit-summative limit by the class's own weekly hours from the teaching assignment (seed 001 R31, criteria-based
/// assessment rules: at most 2 unit summatives a quarter for a subject taught 1 hour a week, otherwise at most 3).
/// </summary>
public sealed class SummativeLimitHoursTests
{
    private static Some ThreeUnits(string subject) => Some.School().Class("7A", 7).Pupil("p1")
        .Mark("p1", subject, MarkKind.UnitSummative, 60, new DateOnly(2025, 9, 10))
        .Mark("p1", subject, MarkKind.UnitSummative, 70, new DateOnly(2025, 9, 24))
        .Mark("p1", subject, MarkKind.UnitSummative, 80, new DateOnly(2025, 10, 8));

    [Fact]
    public void Build_ThreeUnitsInOneHourAWeekFromTeaching_OverTheLimitOf2InKazakh()
    {
        // Arrange: R31, a 1-hour subject gets at most 2.
        var data = ThreeUnits("lit").Hours("lit", 1).Build();

        // Act
        var table = SchoolReports.Build("summative-limit", data, new ReportOptions(1), new Localizer(Language.Kk));

        // Assert
        var row = Row(table, "Reports.Column.Subject", "Әдебиет");
        Assert.Equal("2", Cell(table, row, "Reports.Column.Limit").Format(new Localizer(Language.Kk)));
        Assert.Equal("Шектен артық: 1", Cell(table, row, "Reports.Column.Finding").Text);
    }

    [Fact]
    public void Build_ThreeUnitsInTwoHoursAWeekFromTeaching_WithinTheLimitOf3()
    {
        // Arrange: R31, otherwise at most 3.
        var data = ThreeUnits("math").Hours("math", 2).Build();

        // Act
        var table = SchoolReports.Build("summative-limit", data, new ReportOptions(1), new Localizer(Language.Ru));

        // Assert
        var row = Row(table, "Reports.Column.Subject", "Математика");
        Assert.Equal("3", Cell(table, row, "Reports.Column.Limit").Format(new Localizer(Language.Ru)));
        Assert.Equal("В пределах нормы", Cell(table, row, "Reports.Column.Finding").Text);
    }

    [Fact]
    public void Build_TeachingHoursAndSchoolWideHours_TheClassOwnHoursWin()
    {
        // Arrange: the class's assignment says 1 hour, the school-wide option 3: the class's own figure counts.
        var data = ThreeUnits("lit").Hours("lit", 1).Build();
        var options = new ReportOptions(1) { WeeklyHours = new Dictionary<string, int> { ["lit"] = 3 } };

        // Act
        var table = SchoolReports.Build("summative-limit", data, options, new Localizer(Language.Ru));

        // Assert
        Assert.Equal("1", Cell(table, Row(table, "Reports.Column.Subject", "Литература"), "Reports.Column.WeeklyHours").Format(new Localizer(Language.Ru)));
    }
}
