using System.CommandLine;
using InternalControl.Cli.CommandLine;
using InternalControl.Localization;
using InternalControl.Workflows.Diagrams;

namespace InternalControl.Cli.Commands;

/// <summary>`ic workflow diagram NAME`: a workflow of the school's policy drawn as Mermaid.</summary>
internal sealed class WorkflowCommand : ICommandDefinition
{
    public Command Build(Localizer texts, CommandRunner runner)
    {
        var name = new Argument<string>("NAME") { Description = texts.Get("Cli.Workflow.Name") };
        var diagram = new Command("diagram", texts.Get("Cli.Workflow.Diagram")) { name };
        runner.Bind(diagram, (context, parse) =>
        {
            using var session = context.OpenSession();
            var definition = session.Runtime.Definitions.Latest(parse.GetValue(name)!)
                ?? throw new UserErrorException("Cli.Error.UnknownWorkflow", parse.GetValue(name), string.Join(", ", session.Runtime.Definitions.All.Select(d => d.Name).Distinct()));
            context.Console.Profile.Out.Writer.WriteLine(MermaidDiagram.Render(definition));
            return ExitCodes.Success;
        });
        return new Command("workflow", texts.Get("Cli.Workflow.Description")) { diagram };
    }
}
