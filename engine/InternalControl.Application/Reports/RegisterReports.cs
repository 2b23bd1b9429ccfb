using InternalControl.Application.Registers;
using InternalControl.Kernel.Schools;
using InternalControl.Localization;

namespace InternalControl.Application.Reports;

/// <summary>
/// The registers regulation No. 97 6.5 asks the class teacher and the subject teacher to keep, and the class
/// teacher's monthly report to the administration, as report tables over the workflow journal.
/// </summary>
public static class RegisterReports
{
    /// <summary>The report names, as the command line spells them, with the journal register each reads.</summary>
    public static IReadOnlyDictionary<string, string> Registers { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["home-visits"] = RegisterCodes.HomeVisit,
        ["conversations"] = RegisterCodes.Conversation,
        ["teacher-work"] = RegisterCodes.SubjectTeacherWork,
        ["subject-teacher-talks"] = RegisterCodes.SubjectTeacherTalk,
        ["parent-calls"] = RegisterCodes.ParentCall,
        ["commission-referrals"] = RegisterCodes.CommissionReferral,
    };

    /// <summary>The monthly report's name.</summary>
    public const string Monthly = "monthly";

    /// <summary>All names these reports answer to.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Registers.Keys, Monthly];

    /// <summary>One register's entries in a month (6.5): date, pupil, subject, who, the step's outcome and the form's fields.</summary>
    public static ReportTable Register(string name, RegisterBook registers, SchoolData data, int year, int month, Localizer texts)
    {
        ArgumentNullException.ThrowIfNull(registers);
        var from = new DateOnly(year, month, 1);
        var entries = registers.Entries(Registers[name], from, from.AddMonths(1).AddDays(-1));
        ReportColumn[] columns =
        [
            new("date", texts.Get("Reports.Register.Date")),
            new("pupil", texts.Get("Reports.Register.Pupil")),
            new("subject", texts.Get("Reports.Register.Subject")),
            new("actor", texts.Get("Reports.Register.Actor")),
            new("outcome", texts.Get("Reports.Register.Outcome")),
            new("record", texts.Get("Reports.Register.Record")),
        ];
        var rows = entries.Select(e => (IReadOnlyList<ReportCell>)
        [
            ReportCell.Of(e.Date),
            ReportCell.Of(PupilName(data, e.PupilId)),
            ReportCell.Of(e.SubjectId is null ? null : data.Subjects.FirstOrDefault(s => s.Id == e.SubjectId)?.Name(texts.Language) ?? e.SubjectId),
            ReportCell.Of(data.Staff.FirstOrDefault(s => s.Id == e.Actor)?.FullName ?? e.Actor),
            ReportCell.Of(texts.GetOr("Workflows.Outcome." + e.Outcome, e.Outcome)),
            ReportCell.Of(string.Join("; ", e.Fields.Where(f => !string.IsNullOrEmpty(f.Value)).Select(f => $"{texts.GetOr("Workflows.Field." + f.Key, f.Key)}: {f.Value}"))),
        ]).ToList();
        return new ReportTable(name, texts.Get("Reports.Register.Title." + name, texts.Culture.DateTimeFormat.GetMonthName(month), year), columns, rows, [texts.Get("Reports.Register.Note")]);
    }

    /// <summary>The class teacher's monthly report to the administration (6.5): home visits, preventive conversations, talks with subject teachers.</summary>
    public static ReportTable MonthlyReport(RegisterBook registers, SchoolData data, int year, int month, Localizer texts)
    {
        ArgumentNullException.ThrowIfNull(registers);
        ReportColumn[] columns =
        [
            new("class_teacher", texts.Get("Reports.Monthly.ClassTeacher")),
            new("home_visits", texts.Get("Reports.Monthly.HomeVisits")),
            new("conversations", texts.Get("Reports.Monthly.Conversations")),
            new("subject_teacher_talks", texts.Get("Reports.Monthly.SubjectTeacherTalks")),
        ];
        var rows = registers.MonthlyReport(year, month).Select(l => (IReadOnlyList<ReportCell>)
        [
            ReportCell.Of(data.Staff.FirstOrDefault(s => s.Id == l.ClassTeacherId)?.FullName ?? l.ClassTeacherId),
            ReportCell.Of(l.HomeVisits),
            ReportCell.Of(l.Conversations),
            ReportCell.Of(l.SubjectTeacherTalks),
        ]).ToList();
        return new ReportTable(Monthly, texts.Get("Reports.Monthly.Title", texts.Culture.DateTimeFormat.GetMonthName(month), year), columns, rows, [texts.Get("Reports.Register.Note")]);
    }

    private static string? PupilName(SchoolData data, string? id) => id is null ? null : data.Pupils.FirstOrDefault(p => p.Id == id)?.FullName ?? id;
}
