using System.CommandLine;
using InternalControl.Cli.CommandLine;
using InternalControl.Localization;
using InternalControl.Workflows.Diagrams;

namespace InternalControl.Cli.Commands;

/// <summary>`ic workflow diagram NAME [--format mermaid|dot]`: a workflow of the school's policy drawn as Mermaid or Graphviz DOT.</summary>
internal sealed class WorkflowCommand : ICommandDefinition
{
    public Command Build(Localizer texts, CommandRunner runner)
    {
        var name = new Argument<string>("NAME") { Description = texts.Get("Cli.Workflow.Name") };
        var format = new Option<string>("--format") { Description = texts.Get("Workflows.Cli.DiagramFormat"), DefaultValueFactory = _ => "mermaid" };
        var diagram = new Command("diagram", texts.Get("Cli.Workflow.Diagram")) { name, format };
        runner.Bind(diagram, (context, parse) =>
        {
            var kind = parse.GetValue(format)!.Trim().ToLowerInvariant();
            if (kind is not ("mermaid" or "dot"))
            {
                throw new UserErrorException("Workflows.Cli.UnknownDiagramFormat", parse.GetValue(format));
            }

            using var session = context.OpenSession();
            var definition = session.Runtime.Definitions.Latest(parse.GetValue(name)!)
                ?? throw new UserErrorException("Cli.Error.UnknownWorkflow", parse.GetValue(name), string.Join(", ", session.Runtime.Definitions.All.Select(d => d.Name).Distinct()));

            // The labels in the reader's language (the school's, unless --lang says otherwise).
            var language = context.Texts.Language;
            context.Console.Profile.Out.Writer.WriteLine(kind == "dot" ? DotDiagram.Render(definition, language) : MermaidDiagram.Render(definition, language));
            return ExitCodes.Success;
        });
        return new Command("workflow", texts.Get("Cli.Workflow.Description")) { diagram };
    }
}
