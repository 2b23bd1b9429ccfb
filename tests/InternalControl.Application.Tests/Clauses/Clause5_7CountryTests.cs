using InternalControl.Application.Reports;
using InternalControl.Localization;

namespace InternalControl.Application.Tests.Clauses;

/// <summary>
/// No. 97 5.7 and no country bleed: a Kyrgyz school's signal is the "2" (бир сабактан 3 же андан көп «2»), so its
/// low-achiever list holds failing pupils only; the Kazakh "single 3/4" groups (seed 000 §5.1, seed 001 R41) are
/// parameters of the Kazakh policy, which a Kyrgyz school does not attach.
/// </summary>
public sealed class Clause5_7CountryTests
{
    [Fact]
    public void Clause5_7_KyrgyzLowAchieverList_ShowsNoSingleThreeGroup()
    {
        // Arrange: p1 has a 3 in maths and 5s in history and physics: a Kazakh "single 3", nothing in No. 97.
        using var school = new Kg97School(Kg97School.Oct20, marks: ["p1,math,2026-10-01,3,current", "p1,math,2026-10-02,3,current", "p1,history,2026-10-01,5,current", "p1,physics,2026-10-01,5,current"]);

        // Act
        var table = ReportCatalog.Build(new ReportRequest(LowAchieverReport.Name), school.Session, new Localizer(Language.Ky));

        // Assert: no row, and the note names no "3" group.
        Assert.Empty(table.Rows);
        Assert.Contains("мектептин жобосунда бир «3» же бир «4» топтору жок", table.Notes[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Clause5_7_KyrgyzLowAchieverList_ShowsNoSingleFourGroup()
    {
        // Arrange: a 4 in maths and 5s elsewhere: the Kazakh reserve for excellent pupils.
        using var school = new Kg97School(Kg97School.Oct20, marks: ["p1,math,2026-10-01,4,current", "p1,history,2026-10-01,5,current", "p1,physics,2026-10-01,5,current"]);

        // Act
        var table = ReportCatalog.Build(new ReportRequest(LowAchieverReport.Name), school.Session, new Localizer(Language.Ru));

        // Assert
        Assert.Empty(table.Rows);
    }

    [Fact]
    public void Clause5_7_KyrgyzLowAchieverList_ListsTheFailingPupil()
    {
        // Arrange: three 2s in maths (the 5.7 signal) and a 3 in history.
        using var school = new Kg97School(Kg97School.Oct20, marks: [.. Kg97School.ThreeTwos("2026-10-01", "2026-10-02", "2026-10-05"), "p1,history,2026-10-01,3,current"]);

        // Act
        var table = ReportCatalog.Build(new ReportRequest(LowAchieverReport.Name), school.Session, new Localizer(Language.Ky));

        // Assert: one row, maths, failing; the 3 in history is not a group of its own.
        var row = Assert.Single(table.Rows);
        Assert.Equal("Жетишпейт: «2»", row[table.ColumnIndex("Reports.Column.Group")].Text);
        Assert.Equal("Математика", row[table.ColumnIndex("Reports.Column.Subject")].Text);
    }
}
