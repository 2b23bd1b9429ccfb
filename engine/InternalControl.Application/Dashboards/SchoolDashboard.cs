using InternalControl.Application.Cases;
using InternalControl.Application.Reports;
using InternalControl.Kernel.Schools;
using InternalControl.Localization;
using InternalControl.Workflows.Tasks;

namespace InternalControl.Application.Dashboards;

/// <summary>
/// The heads' dashboard, computed from the school's session as of today: open cases by workflow and step, overdue
/// open tasks by the person holding them, and per class knowledge quality and success rate this quarter against the
/// last (the quality report's per-pupil rows, so the two never disagree), pupils at risk (with an open case) and
/// unexcused lessons this quarter.
/// </summary>
public sealed class SchoolDashboard
{
    private SchoolDashboard(IReadOnlyList<DashboardCount> cases, IReadOnlyList<DashboardCount> overdue, IReadOnlyList<ClassFigures> classes, int? quarter)
    {
        Cases = cases;
        Overdue = overdue;
        Classes = classes;
        Quarter = quarter;
    }

    /// <summary>Open cases by workflow and step (a case at two steps counts at each).</summary>
    public IReadOnlyList<DashboardCount> Cases { get; }

    /// <summary>Open tasks past their due day, by the staff member holding them (claimed, else assigned; <see cref="DashboardCount.Step"/> is the staff id).</summary>
    public IReadOnlyList<DashboardCount> Overdue { get; }

    /// <summary>The classes, by grade and name.</summary>
    public IReadOnlyList<ClassFigures> Classes { get; }

    /// <summary>Today's quarter, when school is in one.</summary>
    public int? Quarter { get; }

    public static SchoolDashboard Build(SchoolSession session, Localizer texts)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(texts);
        var today = session.Workspace.Today;
        var calendar = session.Workspace.Calendar;
        var open = session.Runtime.Cases(openOnly: true);
        var cases = open.SelectMany(c => c.CurrentSteps.Distinct().Select(s => (c.Workflow, Step: s)))
            .GroupBy(x => x).Select(g => new DashboardCount(g.Key.Workflow, g.Key.Step, g.Count()))
            .OrderBy(c => c.Workflow, StringComparer.Ordinal).ThenByDescending(c => c.Count).ToList();
        var overdue = session.Runtime.Tasks(new TaskQuery())
            .Where(t => OverdueTasks.IsOverdue(t, today))
            .GroupBy(t => OverdueTasks.Holder(t)!).Select(g => new DashboardCount("", g.Key, g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Step, StringComparer.Ordinal).ToList();

        var quarter = calendar.QuarterOf(today);
        var now = quarter is null ? null : Quality(session, texts, quarter.Number);
        var last = quarter is null || quarter.Number == 1 ? null : Quality(session, texts, quarter.Number - 1);
        var data = session.Data;
        var atRisk = open.Where(c => c.PupilId is not null).Select(c => c.PupilId!).ToHashSet(StringComparer.Ordinal);
        var classOf = data.Pupils.ToDictionary(p => p.Id, p => p.ClassId, StringComparer.Ordinal);
        var unexcused = data.Absences.Where(a => a.Excuse == AbsenceExcuse.None && (quarter is null || quarter.Contains(a.Date)) && classOf.ContainsKey(a.PupilId))
            .GroupBy(a => classOf[a.PupilId]).ToDictionary(g => g.Key, g => g.Sum(a => a.Lessons), StringComparer.Ordinal);
        var classes = data.Classes.OrderBy(c => c.GradeLevel).ThenBy(c => c.Name, StringComparer.Ordinal).Select(c => new ClassFigures(
            c.Id,
            c.Name,
            Pick(now, c.Name).Quality,
            Pick(last, c.Name).Quality,
            Pick(now, c.Name).Success,
            Pick(last, c.Name).Success,
            data.Pupils.Count(p => p.ClassId == c.Id && atRisk.Contains(p.Id)),
            unexcused.GetValueOrDefault(c.Id))).ToList();
        return new SchoolDashboard(cases, overdue, classes, quarter?.Number);
    }

    private static (double? Quality, double? Success) Pick(Dictionary<string, (double?, double?)>? figures, string name) =>
        figures is not null && figures.TryGetValue(name, out var v) ? v : (null, null);

    // The quality report's "per pupil" rows for one quarter, by class name.
    private static Dictionary<string, (double?, double?)> Quality(SchoolSession session, Localizer texts, int quarter)
    {
        var table = ReportCatalog.Build(new ReportRequest("quality") { Quarter = quarter }, session, texts);
        var perPupil = texts.Get("Reports.Variant.PerPupil");
        int Column(string name) => table.ColumnIndex("Reports.Column." + name);
        var figures = new Dictionary<string, (double?, double?)>(StringComparer.Ordinal);
        if (Column("Variant") < 0)
        {
            return figures;
        }

        foreach (var row in table.Rows.Where(r => r[Column("Variant")].Text == perPupil))
        {
            figures[row[Column("Class")].Text!] = (row[Column("Quality")].Number, row[Column("SuccessRate")].Number);
        }

        return figures;
    }
}
