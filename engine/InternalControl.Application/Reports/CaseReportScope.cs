using System.Globalization;
using InternalControl.Application.Cases;
using InternalControl.Application.Registers;
using InternalControl.Kernel.Concepts;
using InternalControl.Kernel.Schools;
using InternalControl.Kernel.Time;
using InternalControl.Localization;
using InternalControl.Workflows.Definitions;
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
    private readonly Dictionary<string, Pupil> _pupils;
    private readonly Dictionary<string, ClassGroup> _classes;
    private readonly Dictionary<string, Staff> _staff;
    private readonly Dictionary<string, Subject> _subjects;

    public CaseReportScope(SchoolSession session, CaseReportOptions options, Localizer texts)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(texts);
        var runtime = session.Runtime;
        var data = session.Data;
        Runtime = runtime;
        Registers = session.Registers;
        Data = data;
        Definitions = session.Definitions;
        Options = options;
        Texts = texts;
        _pupils = data.Pupils.ToDictionary(p => p.Id);
        _classes = data.Classes.ToDictionary(c => c.Id);
        _staff = data.Staff.ToDictionary(s => s.Id);
        _subjects = data.Subjects.ToDictionary(s => s.Id);
        AllCases = runtime.Cases().Where(c => InYear(DayOf(c.StartedAt)) && InClass(c.PupilId)).ToList();
        // The policy says which workflow the low-achiever reports read (`report low_achievers`), whatever it is called.
        Cases = AllCases.Where(c => Tagged(c.Workflow) == ReportTag.LowAchievers).Select(Read)
            .OrderBy(c => c.Class?.GradeLevel ?? int.MaxValue)
            .ThenBy(c => c.Class?.Name, StringComparer.Ordinal)
            .ThenBy(c => c.Pupil?.FullName ?? c.Case.PupilId, StringComparer.Ordinal)
            .ThenBy(c => SubjectName(c.Case.SubjectId), StringComparer.Ordinal)
            .ThenBy(c => c.Case.Id)
            .ToList();
    }

    public WorkflowRuntime Runtime { get; }

    /// <summary>The registers (6.5) the yearly summary counts.</summary>
    public RegisterBook Registers { get; }

    public WorkflowCatalog Definitions { get; }

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

    /// <summary>The report tag of workflow <paramref name="name"/> in the school's policy, or null.</summary>
    public string? Tagged(string name) => Definitions.Latest(name)?.Report;

    /// <summary>The school day of an instant (the journal stores instants in UTC).</summary>
    public DateOnly DayOf(DateTimeOffset at) => SchoolTime.DayOf(at, Data.School.Country);

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
    public string CauseName(string code) => string.Join(", ", code.Split(',').Select(c => Texts.GetOr("Workflows.Choice." + c, c)));

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
            // The end's report tag names the result whatever the policy calls it (improved, commission, council).
            var result = c.ResultTag ?? c.Case.Result ?? "";
            return Texts.GetOr("Reports.Result." + result, Texts.GetOr("Workflows.Outcome." + result, result));
        }

        var steps = string.Join(", ", c.Case.CurrentSteps.Distinct().Select(s => StepText(c.Case, s)));
        return Texts.Get("Reports.Result.Open", steps);
    }

    /// <summary>
    /// A step in the reader's language: its own text, else the text of its report tag (a school that renames a step
    /// keeps what the step is), else its name.
    /// </summary>
    public string StepText(CaseSummary summary, string step) =>
        Texts.GetOr(
            "Workflows.Step." + step,
            (Definitions.Find(summary.Workflow, summary.Version) ?? Definitions.Latest(summary.Workflow))?.Step(step)?.Report is { } tag
                ? Texts.GetOr("Workflows.Tag." + tag, step)
                : step);

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
        // The steps the reports read are those the policy tags (`report individual_work`, ...), whatever their names.
        var definition = Definitions.Find(summary.Workflow, summary.Version) ?? Definitions.Latest(summary.Workflow);
        string? StepOf(string tag) => definition?.StepTagged(tag)?.Id;
        string? TagOf(string? step) => step is null ? null : definition?.Step(step)?.Report;
        var workStep = StepOf(ReportTag.IndividualWork);
        var reportStep = StepOf(ReportTag.NoChangeReport);
        var causeStep = StepOf(ReportTag.CauseFinding);
        var journal = Runtime.Journal(summary.Id);
        var work = journal.LastOrDefault(e => e.Kind == JournalKind.TaskCompleted && e.Step == workStep);
        var report = journal.LastOrDefault(e => e.Kind == JournalKind.TaskCompleted && e.Step == reportStep);
        var cause = journal.LastOrDefault(e => e.Kind == JournalKind.TaskCompleted && e.Step == causeStep);
        var route = journal.LastOrDefault(e => e.Kind == JournalKind.Decided && TagOf(e.Detail) is not null);
        var reportTask = reportStep is not null && journal.Any(e => e.Step == reportStep)
            ? Runtime.Tasks(new TaskQuery(OpenOnly: false, CaseId: summary.Id)).LastOrDefault(t => t.Step == reportStep)
            : null;
        var end = definition?.Steps.OfType<EndStep>().FirstOrDefault(e => e.Result == summary.Result);
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
            ReachedReport510 = reportTask is not null
                || (work?.Detail is { } outcome && (definition?.Step(workStep!) as TaskStep)?.Outcomes.FirstOrDefault(o => o.Name == outcome)?.Next == reportStep),
            Report510Due = reportTask?.Due,
            Report510 = report?.Data ?? new Dictionary<string, string?>(),
            Cause = cause is null ? null : Field(cause.Data, "cause"),
            CauseFound = cause is null ? null : DayOf(cause.At),
            RouteTag = TagOf(route?.Detail),
            ResultTag = summary.IsOpen ? null : end?.Report,
            Routed = route is null ? null : DayOf(route.At),
        };
    }
}
