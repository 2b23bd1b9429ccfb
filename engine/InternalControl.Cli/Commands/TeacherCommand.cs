using System.CommandLine;
using InternalControl.Application.Cases;
using InternalControl.Application.Teachers;
using InternalControl.Cli.CommandLine;
using InternalControl.Kernel.Schools;
using InternalControl.Localization;

namespace InternalControl.Cli.Commands;

/// <summary>
/// `ic teacher finding TEACHER --finding "..." --source attestation|inspection`: a finding of an attestation or an
/// inspection recorded by hand (seed 003; DOMAIN policy 5), which starts the teacher's remediation. Bad input is refused
/// and changes nothing.
/// </summary>
internal sealed class TeacherCommand : ICommandDefinition
{
    public Command Build(Localizer texts, CommandRunner runner)
    {
        var teacher = new Argument<string>("TEACHER") { Description = texts.Get("Cli.Teacher.Finding.Teacher") };
        var text = new Option<string>("--finding") { Description = texts.Get("Cli.Teacher.Finding.Text"), Required = true };
        var source = new Option<string>("--source") { Description = texts.Get("Cli.Teacher.Finding.Source"), Required = true };
        var finding = new Command("finding", texts.Get("Cli.Teacher.Finding.Description")) { teacher, text, source };
        runner.Bind(finding, (context, parse) =>
        {
            if (!TeacherFindingSources.TryParse(parse.GetValue(source), out var from))
            {
                throw new UserErrorException("Teachers.Error.UnknownSource", parse.GetValue(source));
            }

            using var session = context.OpenSession();
            // The command line records as the school's deputy director, who keeps the findings (the director where there is none).
            var recorder = session.Data.Staff.FirstOrDefault(s => s.Has(StaffRole.DeputyDirector)) ?? session.Data.Staff.FirstOrDefault(s => s.Has(StaffRole.Director));
            var recorded = TeacherFindings.Record(session, parse.GetValue(teacher), parse.GetValue(text), from.Value, recorder?.Id ?? "ic");
            if (recorded.Value is not { } started)
            {
                throw new UserErrorException(recorded.Errors.First());
            }

            if (context.Json)
            {
                context.WriteJson(new { @case = started.Id, key = started.Key });
            }
            else
            {
                context.Say("Cli.Teacher.Finding.Recorded", CaseObjects.Describe(started, session.Runtime, session.Data, context.Texts), started.Id);
            }

            return ExitCodes.Success;
        });
        return new Command("teacher", texts.Get("Cli.Teacher.Description")) { finding };
    }
}
