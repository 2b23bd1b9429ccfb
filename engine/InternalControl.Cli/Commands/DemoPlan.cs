using InternalControl.Application.Cases;
using InternalControl.Application.Demo;
using InternalControl.Application.Plans;
using InternalControl.Cli.CommandLine;
using InternalControl.Kernel.Plans;
using InternalControl.Kernel.Time;
using Spectre.Console;

namespace InternalControl.Cli.Commands;

/// <summary>
/// The demo's part of the internal control plan (Order No. 130): the sample Kazakh school's plan (seed 000) opening its
/// controls as tasks month by month, from the demo's day to the end of the first half-year.
/// </summary>
internal static class DemoPlan
{
    /// <summary>Tasks shown per month: enough to read what a month brings.</summary>
    private const int Shown = 3;

    public static void Run(CommandContext context, SchoolSession session, SteppingClock clock)
    {
        var texts = context.Texts;
        var workspace = session.Workspace;
        var plan = workspace.Database.Plans.Load(workspace.School.Id);
        if (plan.Count == 0)
        {
            return;
        }

        context.Console.Write(new Rule(Markup.Escape(texts.Get("Cli.Demo.PlanHeading", plan.Count))));
        var today = workspace.Today;

        // The month of the demo's day (its evaluation opened that month's controls), then each next month to January.
        var months = Enumerable.Range(0, 3).Select(i => new DateOnly(today.Year, today.Month, 1).AddMonths(i)).ToList();
        foreach (var first in months)
        {
            var day = first < today ? today : first;
            clock.Now = SchoolTime.MorningOf(day);
            var started = PlanTasks.StartMonth(session);
            Show(context, session, started, first.Month);
        }
    }

    private static void Show(CommandContext context, SchoolSession session, IReadOnlyList<PlanStart> started, int month)
    {
        var texts = context.Texts;
        context.Say(
            "Cli.Demo.PlanMonth",
            PlanText.Month(month, texts),
            started.Count,
            started.Count(s => s.Recontrol),
            started.Select(s => s.Control.ResponsibleId).Distinct().Count());
        foreach (var start in started.Take(Shown))
        {
            context.Say(
                "Cli.Demo.PlanTask",
                PlanText.Title(start.Control, session.Data, texts),
                CommandContext.StaffName(session.Data, start.Control.ResponsibleId),
                texts.Get(start.Control.Venue.TextKey()));
        }
    }
}
