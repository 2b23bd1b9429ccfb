using InternalControl.Application.Reports;
using InternalControl.Localization;
using InternalControl.Workflows.Runtime;

namespace InternalControl.Application.Tests.Reports;

/// <summary>
/// A rule's notice (No. 97 6.2: "1 or 2 times" the class teacher writes the absence in the diary) is a message, not a
/// case: the reports over cases neither list it nor lose the dates of informing that 5.10 asks for.
/// </summary>
public sealed class RuleNoticesInReportsTests
{
    private static readonly DateOnly Filed = new(2026, 11, 30);

    [Fact]
    public void Report510_WithARuleNoticeSent_StillShowsBothInformedDatesAndNoExtraRow()
    {
        // Arrange: 5.10: the teacher files the report with the dates the class teacher and the parent were informed;
        // the 6.2 rule has also told the class teacher about the same pupil's absences.
        using var school = new CaseSchool();
        var id = school.Task("individual_work").CaseId;
        var pupil = school.Session.Runtime.Case(id)!.PupilId;
        var cases = school.Session.Runtime.Cases().Count;
        var notice = school.Session.Runtime.Notice("6.2 one or two unexcused absences", "class_teacher", "Policy.Kg.UnexcusedDiary", new CaseContext(pupil, null, "2026-2027/2"));
        school.Complete(id, "individual_work", "no_change", ("problems", "дроби"));
        school.On(Filed).Complete(id, "report_5_10", "filed", ("class_teacher_informed", "2026-11-25"), ("parent_informed", "2026-11-26"));

        // Act
        var table = school.Report("report-5-10", Language.Ru);

        // Assert: the notice is in the outbox, no case; the case's row keeps both dates (5.10).
        Assert.True(notice.Created);
        Assert.Contains(school.Session.Runtime.Outbox(), m => m.NoticeId == notice.NoticeId && m.CaseId is null);
        Assert.Equal(cases, school.Session.Runtime.Cases().Count);
        var c = school.Session.Runtime.Case(id)!;
        var row = TableAssert.Row(
            table,
            ("Reports.Case.Pupil", school.Session.Data.Pupils.Single(p => p.Id == c.PupilId).FullName),
            ("Reports.Case.Subject", school.Session.Data.Subjects.Single(s => s.Id == c.SubjectId).Name(Language.Ru)));
        Assert.Equal(
            (new DateOnly(2026, 11, 25), new DateOnly(2026, 11, 26)),
            (Cell(table, row, "ClassTeacherInformed").Date, Cell(table, row, "ParentInformed").Date));
    }

    private static ReportCell Cell(ReportTable table, IReadOnlyList<ReportCell> row, string key) =>
        row[table.Columns.Select((c, i) => (c, i)).Single(x => x.c.Key.EndsWith("." + key, StringComparison.Ordinal)).i];
}
