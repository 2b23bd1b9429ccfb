using InternalControl.Application.Reports;
using InternalControl.Localization;

namespace InternalControl.Application.Tests.Reports;

/// <summary>
/// The reports of regulation No. 97 over real cases of the shipped Kyrgyz policy: the subject teacher's 5.9 and
/// 5.10 reports and the administration's yearly analytical report (9.3), as a deputy director reads them.
/// </summary>
public sealed class CaseReportsTests
{
    private static readonly DateOnly Filed = new(2026, 11, 30);

    [Fact]
    public void Report510_CaseWithNoChange_ShowsTheDeadlineAndBothInformedDates()
    {
        // Arrange: 5.10, no change after 5.1-5.9: the teacher files the report with the dates of informing.
        using var school = new CaseSchool();
        var id = school.Task("individual_work").CaseId;
        school.Complete(id, "individual_work", "no_change", ("problems", "дроби"));
        var due = school.Task("report_5_10", id).Due;
        school.On(Filed).Complete(id, "report_5_10", "filed", ("class_teacher_informed", "2026-11-25"), ("parent_informed", "2026-11-26"));

        // Act
        var table = school.Report("report-5-10", Language.Ru);

        // Assert
        var row = Row(school, table, id, Language.Ru);
        Assert.Equal(
            (due, new DateOnly(2026, 11, 25), new DateOnly(2026, 11, 26)),
            (Cell(table, row, "Deadline").Date, Cell(table, row, "ClassTeacherInformed").Date, Cell(table, row, "ParentInformed").Date));
    }

    [Fact]
    public void Report510_DatesForARussianReader_AreInTheRussianDateFormat()
    {
        // Arrange
        using var school = new CaseSchool();
        var id = school.Task("individual_work").CaseId;
        school.Complete(id, "individual_work", "no_change");
        school.On(Filed).Complete(id, "report_5_10", "filed", ("class_teacher_informed", "2026-11-25"), ("parent_informed", "2026-11-26"));

        // Act
        var table = school.Report("report-5-10", Language.Ru);

        // Assert
        Assert.Equal("26.11.2026", Cell(table, Row(school, table, id, Language.Ru), "ParentInformed").Format(new Localizer(Language.Ru)));
    }

    [Fact]
    public void Report510_CaseClosedImproved_IsNotListed()
    {
        // Arrange: only a pupil whose level did not change belongs to the 5.10 report.
        using var school = new CaseSchool();
        var improved = school.Task("individual_work").CaseId;
        school.Complete(improved, "individual_work", "improved");

        // Act
        var table = school.Report("report-5-10", Language.Ky);

        // Assert
        Assert.Empty(table.Rows);
    }

    [Fact]
    public void Report59_CaseClosedImproved_ResultIsImprovedInKyrgyz()
    {
        // Arrange: 5.9, the result of the work.
        using var school = new CaseSchool();
        var id = school.Task("individual_work").CaseId;
        school.Complete(id, "individual_work", "improved", ("questioning", "оозеки, жазуу"), ("gap_elimination", "кошумча сабак"));

        // Act
        var table = school.Report("report-5-9", Language.Ky);

        // Assert
        var row = Row(school, table, id, Language.Ky);
        Assert.Equal(
            ("оозеки, жазуу", "кошумча сабак", "Билим деңгээли жакшырды"),
            (Cell(table, row, "Questioning").Text, Cell(table, row, "GapElimination").Text, Cell(table, row, "Result").Text));
    }

    [Fact]
    public void Report59_OpenCase_ResultNamesTheStepInRussian()
    {
        // Arrange
        using var school = new CaseSchool();
        var id = school.Task("individual_work").CaseId;

        // Act
        var table = school.Report("report-5-9", Language.Ru);

        // Assert
        Assert.Equal("В работе: Индивидуальная работа с обучающимся (5.1–5.9), Выяснение причины неуспеваемости (6.1)", Cell(table, Row(school, table, id, Language.Ru), "Result").Text);
    }

    [Fact]
    public void Report59_CauseFoundByTheClassTeacher_ShowsTheLocalizedCause()
    {
        // Arrange: 6.1, the class teacher's finding replaces the subject teacher's own note of the problems.
        using var school = new CaseSchool();
        var id = school.Task("individual_work").CaseId;
        school.Complete(id, "individual_work", "no_change", ("problems", "дроби"));
        school.Complete(id, "report_5_10", "filed", ("class_teacher_informed", "2026-11-25"), ("parent_informed", "2026-11-26"));
        school.Complete(id, "find_cause", "found", ("cause", "home_preparation"));

        // Act
        var table = school.Report("report-5-9", Language.Ru);

        // Assert
        Assert.Equal("слабая подготовка дома", Cell(table, Row(school, table, id, Language.Ru), "Cause").Text);
    }

    [Fact]
    public void Report59_QuarterOne_HasNoCaseOpenedInQuarterTwo()
    {
        // Arrange: the sample's cases were opened on 27 November, in quarter 2.
        using var school = new CaseSchool();

        // Act
        var first = school.Report("report-5-9", Language.En, quarter: 1);
        var second = school.Report("report-5-9", Language.En, quarter: 2);

        // Assert
        Assert.Equal((0, school.Report("report-5-9", Language.En).Rows.Count), (first.Rows.Count, second.Rows.Count));
    }

    [Fact]
    public void YearlySummary_CaseSentToTheCommission_IsCountedInItsQuarterAndTheYear()
    {
        // Arrange: 6.3 the parent refuses their duties, 8.6 the materials go to the commission.
        using var school = new CaseSchool();
        var id = school.Task("individual_work").CaseId;
        school.Complete(id, "individual_work", "no_change");
        school.Complete(id, "report_5_10", "filed", ("class_teacher_informed", "2026-11-25"), ("parent_informed", "2026-11-26"));
        school.Complete(id, "find_cause", "found", ("cause", "unwillingness"));
        school.Complete(id, "call_parent", "call_again", ("call_date", "2026-11-26"), ("channel", "phone"), ("parent_came", "no"));
        school.Complete(id, "call_parent", "call_again", ("call_date", "2026-11-26"), ("channel", "phone"), ("parent_came", "no"));
        school.Complete(id, "call_parent", "parent_refuses", ("call_date", "2026-11-26"), ("channel", "phone"), ("parent_came", "no"));
        school.Complete(id, "administration", "commission", ("decision", "—"));
        school.Complete(id, "commission", "materials_sent", ("materials", "parent_calls"), ("sent_date", "2026-11-26"));

        // Act
        var table = school.Report("yearly-summary", Language.En);

        // Assert
        var row = Indicator(table, "Materials sent to the commission (8.6); the pupil stays under follow-up");
        Assert.Equal((0, 1, 1), (Count(table, row, "Quarter1"), Count(table, row, "Quarter2"), Count(table, row, "Year")));
    }

    [Fact]
    public void YearlySummary_CauseFound_IsCountedUnderItsCauseInKyrgyz()
    {
        // Arrange: 6.1.
        using var school = new CaseSchool();
        var id = school.Task("individual_work").CaseId;
        school.Complete(id, "individual_work", "no_change");
        school.Complete(id, "report_5_10", "filed", ("class_teacher_informed", "2026-11-25"), ("parent_informed", "2026-11-26"));
        school.Complete(id, "find_cause", "found", ("cause", "difficult_material"));

        // Act
        var table = school.Report("yearly-summary", Language.Ky);

        // Assert
        var row = table.Rows.Single(r => r[0].Text!.StartsWith("Аныкталган себеп (6.1):", StringComparison.Ordinal) && Count(table, r, "Year") == 1);
        Assert.Equal("Аныкталган себеп (6.1): окулуп жаткан материалдын татаалдыгы", row[0].Text);
    }

    [Fact]
    public void YearlySummary_QuartersNotBegun_AreEmptyNotZero()
    {
        // Arrange
        using var school = new CaseSchool();

        // Act
        var table = school.Report("yearly-summary", Language.En);

        // Assert: on 27 November quarters 3 and 4 have not begun.
        var opened = Indicator(table, "Cases opened (5.7)");
        Assert.Equal(
            (ReportCellKind.Empty, ReportCellKind.Empty, school.Session.Runtime.Cases().Count(c => c.Workflow == "low-achiever")),
            (Cell(table, opened, "Quarter3").Kind, Cell(table, opened, "Quarter4").Kind, Count(table, opened, "Year")));
    }

    [Fact]
    public void YearlySummary_QualityPerClass_IsThePerPupilRowOfTheQualityReport()
    {
        // Arrange
        using var school = new CaseSchool();
        var classId = school.Session.Data.Classes[0].Id;
        var options = new ReportOptions(2) { Calendar = school.Session.Workspace.Calendar, ClassId = classId };
        var quality = SchoolReports.Build("quality", school.Session.Data, options, TableAssert.Ru);
        var perPupil = quality.Rows.Single(r => r[quality.ColumnIndex("Reports.Column.Variant")].Text == "По обучающемуся, по всем предметам");

        // Act
        var table = school.Report("yearly-summary", Language.Ru, classId: classId);

        // Assert
        var row = Indicator(table, "Качество знаний, %");
        Assert.Equal(perPupil[quality.ColumnIndex("Reports.Column.Quality")].Number, Cell(table, row, "Quarter2").Number);
    }

    [Fact]
    public void WriteXlsx_Report510ForARussianReader_HeadingsInRussianAndRealDates()
    {
        // Arrange
        using var school = new CaseSchool();
        using var folder = new InternalControl.Testing.TempFolder();
        var id = school.Task("individual_work").CaseId;
        school.Complete(id, "individual_work", "no_change");
        school.On(Filed).Complete(id, "report_5_10", "filed", ("class_teacher_informed", "2026-11-25"), ("parent_informed", "2026-11-26"));
        var table = school.Report("report-5-10", Language.Ru);
        var path = folder.File("5-10.xlsx");

        // Act
        ReportWriter.WriteXlsx(table, path, TableAssert.Ru);

        // Assert
        var sheet = InternalControl.Testing.XlsxSheet.Read(path);
        var informed = table.ColumnIndex("Reports.Case.ParentInformed") + 1;
        Assert.Equal(
            ("Ф. И. обучающегося", "Дата информирования родителей", (object)new DateTime(2026, 11, 26)),
            (sheet.Text(2, 1), sheet.Text(2, informed), sheet.Value(3, informed)));
    }

    private static IReadOnlyList<ReportCell> Row(CaseSchool school, ReportTable table, long caseId, Language language)
    {
        var c = school.Session.Runtime.Case(caseId)!;
        var pupil = school.Session.Data.Pupils.Single(p => p.Id == c.PupilId).FullName;
        var subject = school.Session.Data.Subjects.Single(s => s.Id == c.SubjectId).Name(language);
        return TableAssert.Row(table, ("Reports.Case.Pupil", pupil), ("Reports.Case.Subject", subject));
    }

    private static IReadOnlyList<ReportCell> Indicator(ReportTable table, string text) => table.Rows.First(r => r[0].Text == text);

    private static ReportCell Cell(ReportTable table, IReadOnlyList<ReportCell> row, string key) =>
        row[table.Columns.Select((c, i) => (c, i)).Single(x => x.c.Key.EndsWith("." + key, StringComparison.Ordinal)).i];

    private static int? Count(ReportTable table, IReadOnlyList<ReportCell> row, string key) => (int?)Cell(table, row, key).Number;
}
