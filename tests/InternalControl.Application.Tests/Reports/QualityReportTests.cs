using InternalControl.Application.Reports;
using InternalControl.Kernel.Schools;
using InternalControl.Localization;
using static InternalControl.Application.Tests.Reports.TableAssert;

namespace InternalControl.Application.Tests.Reports;
public sealed class QualityReportTests
{
    private const string Subject = "Reports.Column.Subject";

    [Fact]
    public void Build_FourPupilsInMaths_SuccessAndQualityPerSubject()
    {
        // Arrange: means 5, 3.5 -> 4, 2.5 -> 3, 2 (DOMAIN-FACTS §2, per subject over final marks)
        var data = Some.School(Country.Kg).Class("5A", 5)
            .Pupil("p1", ("math", [5, 5])).Pupil("p2", ("math", [4, 3])).Pupil("p3", ("math", [2, 3])).Pupil("p4", ("math", [2, 2]))
            .Build();

        // Act
        var table = SchoolReports.Build("quality", data, new ReportOptions(1), Ru);

        // Assert
        var row = Row(table, Subject, "Математика");
        Assert.Equal((75.0, 50.0), (Cell(table, row, "Reports.Column.SuccessRate").Number, Cell(table, row, "Reports.Column.Quality").Number));
    }

    [Fact]
    public void Build_PupilWithoutMarksInSubject_StaysInDenominator()
    {
        // Arrange
        var data = Some.School(Country.Kg).Class("5A", 5)
            .Pupil("p1", ("math", [5])).Pupil("p2", ("lit", [5]))
            .Build();

        // Act
        var table = SchoolReports.Build("quality", data, new ReportOptions(1), Ru);

        // Assert
        var row = Row(table, Subject, "Математика");
        Assert.Equal((50.0, 1.0), (Cell(table, row, "Reports.Column.Quality").Number, Cell(table, row, "Reports.Column.NotAssessed").Number));
    }

    [Fact]
    public void Build_QuarterMarkRecorded_WinsOverCurrentMarks()
    {
        // Arrange
        var data = Some.School(Country.Kg).Class("5A", 5)
            .Pupil("p1", ("math", [2, 2]))
            .Mark("p1", "math", MarkKind.Quarter, 4, new DateOnly(2025, 11, 4))
            .Build();

        // Act
        var table = SchoolReports.Build("quality", data, new ReportOptions(1), Ru);

        // Assert
        Assert.Equal(1.0, Cell(table, Row(table, Subject, "Математика"), "Reports.Column.Fours").Number);
    }

    [Fact]
    public void Build_MarkOfAnotherQuarter_IsNotCounted()
    {
        // Arrange: a "2" in quarter 2 of the Kyrgyz year
        var data = Some.School(Country.Kg).Class("5A", 5)
            .Pupil("p1", ("math", [5]))
            .Mark("p1", "math", MarkKind.Current, 2, new DateOnly(2025, 11, 20))
            .Build();

        // Act
        var table = SchoolReports.Build("quality", data, new ReportOptions(1), Ru);

        // Assert
        Assert.Equal(100.0, Cell(table, Row(table, Subject, "Математика"), "Reports.Column.Quality").Number);
    }

    [Fact]
    public void Build_AllSubjectsRow_CountsPupilsWhoseEveryMarkIsFourOrFive()
    {
        // Arrange
        var data = Some.School(Country.Kg).Class("5A", 5)
            .Pupil("p1", ("math", [5]), ("lit", [3])).Pupil("p2", ("math", [4]), ("lit", [4]))
            .Build();

        // Act
        var table = SchoolReports.Build("quality", data, new ReportOptions(1), Ru);

        // Assert
        var row = Row(table, Subject, "Все предметы");
        Assert.Equal((50.0, 100.0), (Cell(table, row, "Reports.Column.Quality").Number, Cell(table, row, "Reports.Column.SuccessRate").Number));
    }

    [Fact]
    public void Build_KazakhSummativesWithoutQuarterMark_UseCriteriaMark()
    {
        // Arrange: units 90 and 80 (mean 85), term 85 -> 85% -> "5" (Order No. 125, Appendix 1)
        var data = Some.School(Country.Kz).Class("7A", 7).Pupil("p1")
            .Mark("p1", "math", MarkKind.UnitSummative, 90).Mark("p1", "math", MarkKind.UnitSummative, 80).Mark("p1", "math", MarkKind.TermSummative, 85)
            .Build();

        // Act
        var table = SchoolReports.Build("quality", data, new ReportOptions(1), Ru);

        // Assert
        Assert.Equal(1.0, Cell(table, Row(table, Subject, "Математика"), "Reports.Column.Fives").Number);
    }

    [Fact]
    public void Build_ReaderReadsKazakh_HeadingsAndTitleInKazakh()
    {
        // Arrange
        var data = Some.School().Class("5A", 5).Pupil("p1", ("math", [5])).Build();

        // Act
        var table = SchoolReports.Build("quality", data, new ReportOptions(2), new Localizer(Language.Kk));

        // Assert
        Assert.Equal(("Білім сапасы және үлгерім, 2-тоқсан", "Білім сапасы, %"), (table.Title, table.Columns[table.ColumnIndex("Reports.Column.Quality")].Heading));
    }

    [Fact]
    public void Build_YearWithoutCalendar_EmptyTableWithNote()
    {
        // Arrange
        var data = Some.School().Class("5A", 5).Pupil("p1", ("math", [5])).Build() with { School = new School(1, "S", Country.Kz, [Language.Ru], false, "2099-2100") };

        // Act
        var table = SchoolReports.Build("quality", data, new ReportOptions(1), Ru);

        // Assert
        Assert.Equal("Не найден календарь учебного года kz 2099-2100: сначала загрузите календарь года.", Assert.Single(table.Notes));
    }
}
