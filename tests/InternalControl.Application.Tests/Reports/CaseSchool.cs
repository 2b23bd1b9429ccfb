using InternalControl.Application.Cases;
using InternalControl.Application.Demo;
using InternalControl.Application.Reports;
using InternalControl.Application.Workspaces;
using InternalControl.Kernel.Policies;
using InternalControl.Kernel.Time;
using InternalControl.Localization;
using InternalControl.Testing;
using InternalControl.Workflows.Tasks;

namespace InternalControl.Application.Tests.Reports;

/// <summary>
/// The sample Kyrgyz school in a real database with the shipped policy (No. 97) attached, evaluated on the
/// sample's date so that 5.7 has opened its low-achiever cases; tasks are completed as staff would.
/// </summary>
internal sealed class CaseSchool : IDisposable
{
    /// <summary>The sample's date, in quarter 2 of 2026-2027.</summary>
    public static readonly DateOnly Start = new(2026, 11, 27);

    private readonly TempFolder _temp = new();
    private readonly SteppingClock _clock = new(SchoolTime.MorningOf(Start));

    /// <param name="overlay">A school overlay attached after the shipped policy, or null.</param>
    public CaseSchool(PolicySource? overlay = null)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "samples", "kg-school");
        var school = DemoSchool.Create(folder, SampleManifest.Read(folder), _temp.File("school.db"), _clock.GetUtcNow());
        if (overlay is not null)
        {
            school.Database.Policies.Attach(school.School.Id, overlay, _clock.GetUtcNow());
        }

        Session = SchoolSession.Open(Workspace.Open(school.Database.Path, school.School.Name, _clock).Value!).Value!;
        Session.Evaluate();
    }

    public SchoolSession Session { get; }

    public DateOnly Today => Session.Workspace.Today;

    /// <summary>Moves the school's clock to the morning of <paramref name="day"/>.</summary>
    public CaseSchool On(DateOnly day)
    {
        _clock.Now = SchoolTime.MorningOf(day);
        return this;
    }

    /// <summary>The first open task at <paramref name="step"/> (of one case, when given).</summary>
    public WorkflowTask Task(string step, long? caseId = null) =>
        Session.Runtime.Tasks().First(t => t.Step == step && (caseId is null || t.CaseId == caseId));

    /// <summary>Completes the open task at <paramref name="step"/> of a case; a refusal fails the test.</summary>
    public void Complete(long caseId, string step, string outcome, params (string Name, string Value)[] fields)
    {
        var task = Task(step, caseId);
        var result = Session.Runtime.Complete(task.Id, outcome, fields.ToDictionary(f => f.Name, f => f.Value), task.Assignee ?? "deputy");
        Assert.True(result.Ok, result.Message(Language.En));
    }

    public ReportTable Report(string name, Language language, int? quarter = null, string? classId = null) =>
        CaseReports.Build(
            name,
            Session,
            new CaseReportOptions(Session.Workspace.Calendar, Today) { Quarter = quarter, ClassId = classId },
            new Localizer(language));

    public void Dispose()
    {
        Session.Dispose();
        _temp.Dispose();
    }
}
