using System.CommandLine;
using InternalControl.Cli.CommandLine;
using InternalControl.Localization;
using InternalControl.Rules.Explain;

namespace InternalControl.Cli.Commands;

/// <summary>`ic explain PUPIL`: which rules fired for a pupil as of --now, on which facts, in the reader's language.</summary>
internal sealed class ExplainCommand : ICommandDefinition
{
    public Command Build(Localizer texts, CommandRunner runner)
    {
        var pupil = new Argument<string>("PUPIL") { Description = texts.Get("Cli.Explain.Pupil") };
        var command = new Command("explain", texts.Get("Cli.Explain.Description")) { pupil };
        runner.Bind(command, (context, parse) =>
        {
            using var session = context.OpenSession();
            var id = parse.GetValue(pupil)!;
            if (session.Data.Pupils.All(p => p.Id != id))
            {
                throw new UserErrorException("Cli.Error.UnknownPupil", id);
            }

            if (session.Policy is null)
            {
                throw new UserErrorException("Cli.Policy.None");
            }

            var result = session.Policy.Evaluate(session.Data, session.Workspace.Calendar, session.Workspace.Today, session.Engine);
            foreach (var line in Explainer.Explain(result, id, session.Data, context.Texts.Language, policy: session.Policy))
            {
                context.Line(line);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
