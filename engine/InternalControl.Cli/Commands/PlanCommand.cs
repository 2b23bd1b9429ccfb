using System.CommandLine;
using InternalControl.Application.Plans;
using InternalControl.Cli.CommandLine;
using InternalControl.Kernel.Plans;
using InternalControl.Localization;
using Spectre.Console;

namespace InternalControl.Cli.Commands;

/// <summary>
/// `ic plan [--month N] [--json]`: the school's internal control plan (Order No. 130, seed 000 §2.1) by month, in school
/// year order (September first), each control by its title, person, venue, output and second control. Reads only.
/// </summary>
internal sealed class PlanCommand : ICommandDefinition
{
    public Command Build(Localizer texts, CommandRunner runner)
    {
        var month = new Option<int?>("--month") { Description = texts.Get("Cli.Plan.Month") };
        var command = new Command("plan", texts.Get("Cli.Plan.Description")) { month };
        runner.Bind(command, (context, parse) =>
        {
            var only = parse.GetValue(month);
            if (only is { } m && m is < 1 or > 12)
            {
                throw new UserErrorException("Plan.Error.BadMonth", m);
            }

            using var session = context.OpenReadingSession();
            var workspace = session.Workspace;
            var plan = workspace.Database.Plans.Load(workspace.School.Id);
            var rows = Enumerable.Range(1, 12)
                .OrderBy(PlanControl.SchoolYearOrder)
                .Where(n => only is null || n == only)
                .SelectMany(n => plan.Where(c => c.HeldIn(n)).Select(c => (Month: n, Control: c)))
                .ToList();
            if (context.Json)
            {
                context.WriteJson(rows.Select(r => new
                {
                    month = r.Month,
                    control = r.Control.Id,
                    direction = r.Control.Direction,
                    topic = r.Control.Topic,
                    object_kind = r.Control.ObjectKind.Code(),
                    object_id = r.Control.ObjectId,
                    sheet = r.Control.Sheet,
                    responsible = r.Control.ResponsibleId,
                    venue = r.Control.Venue.Code(),
                    output = r.Control.Output.Code(),
                    second_month = r.Control.SecondMonth,
                }));
                return ExitCodes.Success;
            }

            if (plan.Count == 0)
            {
                context.Say("Plan.Empty");
                return ExitCodes.Success;
            }

            var t = context.Texts;
            var table = context.HeadedTable("Plan.Heading.Month", "Plan.Heading.Control", "Plan.Heading.Topic", "Plan.Heading.Responsible", "Plan.Heading.Venue", "Plan.Heading.Output", "Plan.Heading.Second");
            foreach (var (n, control) in rows)
            {
                table.AddRow(
                    Markup.Escape(PlanText.Month(n, t)),
                    Markup.Escape(control.Id),
                    Markup.Escape(PlanText.Title(control, session.Data, t)),
                    Markup.Escape(CommandContext.StaffName(session.Data, control.ResponsibleId)),
                    Markup.Escape(t.Get(control.Venue.TextKey())),
                    Markup.Escape(t.Get(control.Output.TextKey())),
                    Markup.Escape(control.SecondMonth is { } second ? PlanText.Month(second, t) : ""));
            }

            context.Console.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }
}
