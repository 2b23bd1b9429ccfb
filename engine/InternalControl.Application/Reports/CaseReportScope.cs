using System.Globalization;
using InternalControl.Kernel.Schools;
using InternalControl.Kernel.Time;
using InternalControl.Localization;
using InternalControl.Workflows.Journal;
using InternalControl.Workflows.Runtime;
using InternalControl.Workflows.Tasks;

namespace InternalControl.Application.Reports;

/// <summary>
/// What a report over the case journal reads: the school year's low-achiever cases (in the class asked for),
/// each read from its journal and tasks once, and the names and texts the rows show.
/// </summary>
internal sealed class CaseReportScope
{
    /// <summary>The workflow of regulation No. 97, 5.7-9.5, as the shipped Kyrgyz policy names it.</summary>
    public const string LowAchieverWorkflow = "low-achiever";

    private readonly Dictionary<string, Pupil> _pupils;
    private readonly Dictionary<string, ClassGroup> _classes;
    private readonly Dictionary<string, Staff> _staff;
    private readonly Dictionary<string, Subject> _subjects;

    public CaseReportScope(WorkflowRuntime runtime, SchoolData data, CaseReportOptions options, Localizer texts)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(texts);
        Runtime = runtime;
        Data = data;
        Options = options;
        Texts = texts;
        _pupils = data.Pupils.ToDictionary(p => p.Id);
        _classes = data.Classes.ToDictionary(c => c.Id);
        _staff = data.Staff.ToDictionary(s => s.Id);
        _subjects = data.Subjects.ToDictionary(s => s.Id);
        AllCases = runtime.Cases().Where(c => InYear(DayOf(c.StartedAt)) && InClass(c.PupilId)).ToList();
        Cases = AllCases.Where(c => c.Workflow == LowAchieverWorkflow).Select(Read)
            .OrderBy(c => c.Class?.GradeLevel ?? int.MaxValue)
            .ThenBy(c => c.Class?.Name, StringComparer.Ordinal)
            .ThenBy(c => c.Pupil?.FullName ?? c.Case.PupilId, StringComparer.Ordinal)
            .ThenBy(c => SubjectName(c.Case.SubjectId), StringComparer.Ordinal)
            .ThenBy(c => c.Case.Id)
            .ToList();
    }

    public WorkflowRuntime Runtime { get; }

    public SchoolData Data { get; }

    public CaseReportOptions Options { get; }

    public Localizer Texts { get; }

    /// <summary>Every case of the school year in the class asked for, of any workflow.</summary>
    public IReadOnlyList<CaseSummary> AllCases { get; }

    /// <summary>The low-achiever cases of the school year in the class asked for, by class, pupil and subject.</summary>
    public IReadOnlyList<LowAchieverCase> Cases { get; }

    /// <summary>The cases the 5.9 and 5.10 reports list: those opened in the quarter asked for, or all the year's.</summary>
    public IEnumerable<LowAchieverCase> InQuarter =>
        Options.Quarter is { } q ? Cases.Where(c => Options.Calendar.QuarterOf(c.Opened)?.Number == q) : Cases;

    /// <summary>The school day of an instant (the journal stores instants in UTC).</summary>
    public DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(SchoolTime.Offset(Data.School.Country)).DateTime);

    public bool InYear(DateOnly day) => day >= Options.Calendar.Start && day <= Options.Calendar.End;

    public bool InClass(string? pupilId) =>
        Options.ClassId is null || (pupilId is not null && _pupils.TryGetValue(pupilId, out var p) && p.ClassId == Options.ClassId);

    public string? PupilName(LowAchieverCase c) => c.Pupil?.FullName ?? c.Case.PupilId;

    public string? SubjectName(string? id) => id is null ? null : _subjects.TryGetValue(id, out var s) ? s.Name(Texts.Language) : id;

    /// <summary>The subject teacher: who teaches the subject in the pupil's class, else who completed the individual work.</summary>
    public string? TeacherName(LowAchieverCase c)
    {
        var teacher = Data.Teaching.FirstOrDefault(t => t.ClassId == c.Class?.Id && t.SubjectId == c.Case.SubjectId)?.TeacherId ?? c.WorkedBy;
        return teacher is null ? null : _staff.TryGetValue(teacher, out var s) ? s.FullName : teacher;
    }

    /// <summary>A cause code of 6.1 in the reader's language.</summary>
    public string CauseName(string code) => Texts.GetOr("Workflows.Choice." + code, code);

    /// <summary>
    /// The cause of failure: the class teacher's finding (6.1) when the case has one; before that, the problems
    /// the subject teacher wrote at the individual work (5.9 asks the teacher for the cause too).
    /// </summary>
    public string? CauseText(LowAchieverCase c) => c.Cause is { } cause ? CauseName(cause) : Field(c.Work, "problems");

    /// <summary>The result of the work: the case's outcome when closed, else the step(s) it is at, in the reader's language.</summary>
    public string ResultText(LowAchieverCase c)
    {
        if (!c.Case.IsOpen)
        {
            var result = c.Case.Result ?? "";
            return Texts.GetOr("Reports.Result." + result, Texts.GetOr("Workflows.Outcome." + result, result));
        }

        var steps = string.Join(", ", c.Case.CurrentSteps.Distinct().Select(s => Texts.GetOr("Workflows.Step." + s, s)));
        return Texts.Get("Reports.Result.Open", steps);
    }

    /// <summary>The title's period: the quarter asked for, or the school year.</summary>
    public string Period() => Options.Quarter is { } q
        ? Texts.Get("Reports.Period.Quarter", q, Options.Calendar.Year)
        : Texts.Get("Reports.Period.Year", Options.Calendar.Year);

    public string ScopeNote() => Options.Quarter is { } q ? Texts.Get("Reports.Note.CaseScopeQuarter", q) : Texts.Get("Reports.Note.CaseScopeYear");

    public ReportColumn Column(string name) => new("Reports.Case." + name, Texts.Get("Reports.Case." + name));

    public static string? Field(IReadOnlyDictionary<string, string?> form, string name) =>
        form.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    /// <summary>A date a form holds (ISO, as the runtime normalises it): a date cell, or the empty cell.</summary>
    public static ReportCell DateCell(IReadOnlyDictionary<string, string?> form, string name) =>
        IsoDate.TryParse(Field(form, name), out var day)
            ? ReportCell.Of(day)
            : ReportCell.Empty;

    private LowAchieverCase Read(CaseSummary summary)
    {
        var journal = Runtime.Journal(summary.Id);
        var work = journal.LastOrDefault(e => e.Kind == JournalKind.TaskCompleted && e.Step == "individual_work");
        var report = journal.LastOrDefault(e => e.Kind == JournalKind.TaskCompleted && e.Step == "report_5_10");
        var cause = journal.LastOrDefault(e => e.Kind == JournalKind.TaskCompleted && e.Step == "find_cause");
        var route = journal.LastOrDefault(e => e.Kind == JournalKind.Decided && e.Step == "route");
        var reportTask = journal.Any(e => e.Step == "report_5_10")
            ? Runtime.Tasks(new TaskQuery(OpenOnly: false, CaseId: summary.Id)).LastOrDefault(t => t.Step == "report_5_10")
            : null;
        var pupil = summary.PupilId is not null && _pupils.TryGetValue(summary.PupilId, out var p) ? p : null;
        return new LowAchieverCase
        {
            Case = summary,
            Pupil = pupil,
            Class = pupil is not null && _classes.TryGetValue(pupil.ClassId, out var g) ? g : null,
            Opened = DayOf(summary.StartedAt),
            Closed = summary.ClosedAt is { } closed ? DayOf(closed) : null,
            WorkedBy = work?.Actor,
            Work = work?.Data ?? new Dictionary<string, string?>(),
            WorkOutcome = work?.Detail,
            ReachedReport510 = reportTask is not null || work?.Detail == "no_change",
            Report510Due = reportTask?.Due,
            Report510 = report?.Data ?? new Dictionary<string, string?>(),
            Cause = cause is null ? null : Field(cause.Data, "cause"),
            CauseFound = cause is null ? null : DayOf(cause.At),
            Route = route?.Detail,
            Routed = route is null ? null : DayOf(route.At),
        };
    }
}
