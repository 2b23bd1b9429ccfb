using InternalControl.Application.Registers;
using InternalControl.Kernel.Calendars;
using InternalControl.Kernel.Concepts;

namespace InternalControl.Application.Reports;

/// <summary>
/// The administration's yearly analytical report on work with low achievers (regulation No. 97, 9.3): per
/// quarter and for the year, the cases opened and how they closed (improved; the council, 9.4-9.5) or stayed open,
/// the materials sent to the commission (8.6, after which the pupil stays under follow-up), the causes found (6.1), the absence steps taken (6.2), the register entries (6.5),
/// and knowledge quality and success rate per class compared across the quarters.
/// </summary>
internal static class YearlySummaryReport
{
    public const string Name = "yearly-summary";

    // The causes in the order 6.1 lists them; a policy's own cause codes follow.
    private static readonly string[] Causes =
        ["absence", "home_preparation", "low_ability", "unwillingness", "little_class_work", "non_objective_marking", "homework_volume", "difficult_material", "other"];

    private static readonly (string Row, string Register)[] RegisterRows =
    [
        ("HomeVisits", RegisterCodes.HomeVisit),
        ("Conversations", RegisterCodes.Conversation),
        ("SubjectTeacherTalks", RegisterCodes.SubjectTeacherTalk),
        ("TeacherWork", RegisterCodes.SubjectTeacherWork),
        ("ParentTalks", RegisterCodes.ParentTalk),
        ("ParentCalls", RegisterCodes.ParentCall),
    ];

    public static ReportTable Build(CaseReportScope scope)
    {
        var t = scope.Texts;
        var calendar = scope.Options.Calendar;
        var periods = calendar.Quarters.OrderBy(q => q.Number).ToList();
        var rows = new List<IReadOnlyList<ReportCell>>();
        var cases = scope.Cases;

        void Count(string key, IEnumerable<DateOnly> days, params object[] args)
        {
            var list = days.ToList();
            rows.Add(Row(scope, periods, t.Get("Reports.Yearly.Row." + key, args), null, q => list.Count(d => In(calendar, q, d)), list.Count(scope.InYear)));
        }

        Count("Opened", cases.Select(c => c.Opened));
        Count("ClosedImproved", ClosedWith(cases, ReportTag.Improved));
        // 8.6: the materials sent to the commission (its register); the pupil stays under follow-up, so the case goes on.
        Count("SentToCommission", scope.Registers.Entries(RegisterCodes.CommissionReferral, calendar.Start, calendar.End).Where(e => scope.InClass(e.PupilId)).Select(e => e.Date));
        Count("ClosedCouncil", ClosedWith(cases, ReportTag.Council));
        rows.Add(Row(scope, periods, t.Get("Reports.Yearly.Row.StillOpen"), null, q => OpenAt(cases, End(calendar, periods, q, scope.Options.Today)), OpenAt(cases, Min(calendar.End, scope.Options.Today))));

        var found = cases.Where(c => c.Cause is not null && c.CauseFound is not null).ToList();
        // 6.1: a case with several causes counts under each of them.
        foreach (var cause in Causes.Concat(found.SelectMany(c => c.Cause!.Split(',')).Where(c => !Causes.Contains(c)).Distinct().Order(StringComparer.Ordinal)))
        {
            Count("Cause", found.Where(c => c.Cause!.Split(',').Contains(cause)).Select(c => c.CauseFound!.Value), scope.CauseName(cause));
        }

        // 6.2: the route a case took after the cause "absence", and the cases the policy's absence rules opened.
        Count("DiaryNotice", Routed(cases, ReportTag.DiaryNotice));
        Count("ParentConversation", Routed(cases, ReportTag.ParentConversation).Concat(Opened(scope, ReportTag.ParentConversation)));
        Count("SmallCouncil", Routed(cases, ReportTag.SmallCouncil).Concat(Opened(scope, ReportTag.SmallCouncil)));

        foreach (var (row, register) in RegisterRows)
        {
            Count(row, scope.Registers.Entries(register, calendar.Start, calendar.End).Where(e => scope.InClass(e.PupilId)).Select(e => e.Date));
        }

        rows.AddRange(Quality(scope, periods));
        return new ReportTable(
            Name,
            t.Get("Reports.Yearly.Title", t.Get("Reports.Period.Year", calendar.Year)),
            [
                new("Reports.Yearly.Indicator", t.Get("Reports.Yearly.Indicator")),
                new("Reports.Yearly.Class", t.Get("Reports.Yearly.Class")),
                .. periods.Select(q => new ReportColumn("Reports.Yearly.Quarter" + q.Number, t.Get("Reports.Yearly.Quarter", q.Number))),
                new("Reports.Yearly.Year", t.Get("Reports.Yearly.Year")),
            ],
            rows,
            [t.Get("Reports.Note.YearlyCounting"), t.Get("Reports.Note.YearlyAbsence"), t.Get("Reports.Note.YearlyQuality")]);
    }

    // Knowledge quality and success rate per class, per quarter: the "All subjects" rows of the quality report
    // (its per-pupil variant), so the two reports never disagree.
    private static IEnumerable<IReadOnlyList<ReportCell>> Quality(CaseReportScope scope, IReadOnlyList<Quarter> periods)
    {
        var perPupil = scope.Texts.Get("Reports.Variant.PerPupil");
        var byQuarter = new Dictionary<int, Dictionary<string, (double? Quality, double? Success)>>();
        foreach (var q in periods.Where(q => q.Start <= scope.Options.Today))
        {
            var options = new ReportOptions(q.Number) { Calendar = scope.Options.Calendar, ClassId = scope.Options.ClassId };
            var table = QualityReport.Build(ReportScope.Create(scope.Data, options, scope.Texts)!);
            int Column(string name) => table.ColumnIndex("Reports.Column." + name);
            byQuarter[q.Number] = table.Rows.Where(r => r[Column("Variant")].Text == perPupil)
                .ToDictionary(r => r[Column("Class")].Text!, r => (r[Column("Quality")].Number, r[Column("SuccessRate")].Number));
        }

        var classes = scope.Data.Classes.Where(c => scope.Options.ClassId is null || c.Id == scope.Options.ClassId)
            .OrderBy(c => c.GradeLevel).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Where(c => byQuarter.Values.Any(d => d.ContainsKey(c.Name)));
        foreach (var group in classes)
        {
            foreach (var (key, pick) in new (string, Func<(double? Quality, double? Success), double?>)[] { ("Quality", v => v.Quality), ("SuccessRate", v => v.Success) })
            {
                yield return
                [
                    ReportCell.Of(scope.Texts.Get("Reports.Column." + key)),
                    ReportCell.Of(group.Name),
                    .. periods.Select(q => byQuarter.TryGetValue(q.Number, out var d) && d.TryGetValue(group.Name, out var v) ? ReportCell.Percent(pick(v)) : ReportCell.Empty),
                    ReportCell.Empty,
                ];
            }
        }
    }

    private static List<ReportCell> Row(CaseReportScope scope, IReadOnlyList<Quarter> periods, string label, string? className, Func<Quarter, int> count, int year) =>
    [
        ReportCell.Of(label),
        ReportCell.Of(className),
        // A quarter that has not begun has nothing to count yet: empty, not zero.
        .. periods.Select(q => q.Start <= scope.Options.Today ? ReportCell.Of(count(q)) : ReportCell.Empty),
        ReportCell.Of(year),
    ];

    // A day belongs to the quarter that holds it, or to the quarter just ended when it falls in the vacation after it.
    private static bool In(SchoolCalendar calendar, Quarter q, DateOnly day) => calendar.QuarterOf(day)?.Number == q.Number;

    // The last day a quarter's "still open" is taken on: the day before the next quarter (its vacation included), and never after today.
    private static DateOnly End(SchoolCalendar calendar, IReadOnlyList<Quarter> periods, Quarter q, DateOnly today)
    {
        var next = periods.FirstOrDefault(p => p.Number > q.Number);
        return Min(next is null ? calendar.End : next.Start.AddDays(-1), today);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static int OpenAt(IEnumerable<LowAchieverCase> cases, DateOnly day) =>
        cases.Count(c => c.Opened <= day && (c.Closed is null || c.Closed > day));

    private static IEnumerable<DateOnly> ClosedWith(IEnumerable<LowAchieverCase> cases, string tag) =>
        cases.Where(c => c.ResultTag == tag && c.Closed is not null).Select(c => c.Closed!.Value);

    private static IEnumerable<DateOnly> Routed(IEnumerable<LowAchieverCase> cases, string tag) =>
        cases.Where(c => c.RouteTag == tag && c.Routed is not null).Select(c => c.Routed!.Value);

    // The cases of the workflows the policy tags so (6.2's own conversation and small council, opened by the rules).
    private static IEnumerable<DateOnly> Opened(CaseReportScope scope, string tag) =>
        scope.AllCases.Where(c => scope.Tagged(c.Workflow) == tag).Select(c => scope.DayOf(c.StartedAt));
}
