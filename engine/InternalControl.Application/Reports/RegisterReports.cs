using InternalControl.Application.Registers;
using InternalControl.Kernel.Schools;
using InternalControl.Localization;
using InternalControl.Workflows.Definitions;

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
        ["parent-talks"] = RegisterCodes.ParentTalk,
    };

    /// <summary>The monthly report's name.</summary>
    public const string Monthly = "monthly";

    /// <summary>All names these reports answer to.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Registers.Keys, Monthly];

    /// <summary>
    /// One register's entries in a month (6.5), with the regulation's columns: the date, the pupil, the subject, the
    /// fields of the policy's form (purpose, decision, ...: the policy's own columns), who recorded it, the outcome and,
    /// for a register that is signed on paper, an empty column for the parent's or the pupil's signature.
    /// </summary>
    public static ReportTable Register(string name, RegisterBook registers, SchoolData data, int year, int month, Localizer texts)
    {
        ArgumentNullException.ThrowIfNull(registers);
        ArgumentNullException.ThrowIfNull(texts);
        var register = Registers[name];
        var from = new DateOnly(year, month, 1);
        var entries = registers.Entries(register, from, from.AddMonths(1).AddDays(-1));
        var fields = registers.Fields(register);
        var signer = RegisterCodes.Signer(register);
        var columns = new List<ReportColumn>
        {
            new("date", texts.Get("Reports.Register.Date")),
            new("pupil", texts.Get("Reports.Register.Pupil")),
            new("subject", texts.Get("Reports.Register.Subject")),
        };
        columns.AddRange(fields.Select(f => new ReportColumn("field." + f.Name, texts.GetOr("Workflows.Field." + f.Name, f.Name))));
        columns.Add(new("actor", texts.Get("Reports.Register.Actor")));
        columns.Add(new("outcome", texts.Get("Reports.Register.Outcome")));
        if (signer is { } who)
        {
            columns.Add(new("signature", texts.Get("Reports.Register.Signature." + (who == RegisterSigner.Parents ? "parents" : "pupil"))));
        }

        var rows = entries.Select(e =>
        {
            var row = new List<ReportCell>
            {
                ReportCell.Of(e.Date),
                ReportCell.Of(data.PupilName(e.PupilId)),
                ReportCell.Of(data.SubjectName(e.SubjectId, texts.Language)),
            };
            row.AddRange(fields.Select(f => ReportCell.Of(Value(f, e.Fields.GetValueOrDefault(f.Name), texts))));
            row.Add(ReportCell.Of(data.StaffName(e.Actor)));
            row.Add(ReportCell.Of(texts.GetOr("Workflows.Outcome." + e.Outcome, e.Outcome)));
            if (signer is not null)
            {
                // Signed on the printed register.
                row.Add(ReportCell.Empty);
            }

            return (IReadOnlyList<ReportCell>)row;
        }).ToList();
        return new ReportTable(name, texts.Get("Reports.Register.Title." + name, texts.Culture.DateTimeFormat.GetMonthName(month), year), columns, rows, [texts.Get("Reports.Register.Note")]);
    }

    /// <summary>
    /// The class teachers' monthly report to the administration (6.5): per class teacher, each home visit and each
    /// preventive conversation with the pupil's name and the day, and each talk with a subject teacher with that teacher's
    /// name; handed in by day <paramref name="dueDay"/> of the next month (the policy's <c>monthly_report_day</c>).
    /// </summary>
    public static ReportTable MonthlyReport(RegisterBook registers, SchoolData data, int year, int month, Localizer texts, int dueDay = DefaultDueDay)
    {
        ArgumentNullException.ThrowIfNull(registers);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(texts);
        ReportColumn[] columns =
        [
            new("class_teacher", texts.Get("Reports.Monthly.ClassTeacher")),
            new("kind", texts.Get("Reports.Monthly.Kind")),
            new("pupil", texts.Get("Reports.Monthly.Pupil")),
            new("date", texts.Get("Reports.Monthly.Date")),
            new("subject_teacher", texts.Get("Reports.Monthly.SubjectTeacher")),
        ];
        var classTeachers = data.Classes.Select(c => c.ClassTeacherId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var rows = registers.MonthlyEntries(year, month).Where(e => classTeachers.Contains(e.Actor)).Select(e => (IReadOnlyList<ReportCell>)
        [
            ReportCell.Of(data.StaffName(e.Actor)),
            ReportCell.Of(texts.Get(KindKey(e.Register))),
            ReportCell.Of(data.PupilName(e.PupilId)),
            ReportCell.Of(e.Date),
            ReportCell.Of(e.Register == RegisterCodes.SubjectTeacherTalk ? SubjectTeacherName(data, e) : null),
        ]).ToList();
        var next = new DateOnly(year, month, 1).AddMonths(1);
        var due = new DateOnly(next.Year, next.Month, Math.Clamp(dueDay, 1, DateTime.DaysInMonth(next.Year, next.Month)));
        return new ReportTable(
            Monthly,
            texts.Get("Reports.Monthly.Title", texts.Culture.DateTimeFormat.GetMonthName(month), year),
            columns,
            rows,
            [texts.Get("Reports.Monthly.Due", due.ToString("d MMMM yyyy", texts.Culture)), texts.Get("Reports.Register.Note")]);
    }

    /// <summary>The day of the next month the monthly report is due when the policy does not say (its <c>monthly_report_day</c>).</summary>
    public const int DefaultDueDay = 5;

    /// <summary>The policy parameter that sets the day of the month the monthly report is due (6.5).</summary>
    public const string DueDayParameter = "monthly_report_day";

    private static string KindKey(string register) => register switch
    {
        RegisterCodes.HomeVisit => "Reports.Monthly.HomeVisits",
        RegisterCodes.SubjectTeacherTalk => "Reports.Monthly.SubjectTeacherTalks",
        _ => "Reports.Monthly.Conversations",
    };

    // The subject teacher of the talk: the teacher of the case's subject in the pupil's class (teaching.csv).
    private static string? SubjectTeacherName(SchoolData data, RegisterEntry entry)
    {
        var classId = data.FindPupil(entry.PupilId)?.ClassId;
        var teacher = data.Teaching.FirstOrDefault(t => t.ClassId == classId && t.SubjectId == entry.SubjectId)?.TeacherId;
        return teacher is null ? null : data.StaffName(teacher);
    }

    // A choice is shown in the reader's words, yes/no as words; text and dates as written.
    private static string? Value(FieldDefinition field, string? value, Localizer texts) => value is null ? null : field.Type switch
    {
        FieldType.Choice or FieldType.Choices => string.Join(", ", value.Split(',').Select(v => texts.GetOr("Workflows.Choice." + v, v))),
        FieldType.YesNo => texts.Get(value == "yes" ? "Reports.Register.Yes" : "Reports.Register.No"),
        _ => value,
    };
}
