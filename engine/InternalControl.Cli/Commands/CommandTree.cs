using InternalControl.Cli.CommandLine;

namespace InternalControl.Cli.Commands;

/// <summary>Every top-level command of `ic`, in the order help lists them.</summary>
internal static class CommandTree
{
    public static IReadOnlyList<ICommandDefinition> All { get; } =
    [
        new InitCommand(),
        new ImportCommand(),
        new SampleCommand(),
        new DemoCommand(),
        new RulesCommand(),
        new PolicyCommand(),
        new EvaluateCommand(),
        new ExplainCommand(),
        new TasksCommand(),
        new CompleteCommand(),
        new ReassignCommand(),
        new CasesCommand(),
        new CaseCommand(),
        new TickCommand(),
        new OutboxCommand(),
        new WorkflowCommand(),
        new ControlCommand(),
        new PlanCommand(),
        new TeacherCommand(),
        new ReportCommand(),
        new DocumentCommand(),
        new ServeCommand(),
        new WorkerCommand(),
        new DbCommand(),
        new UsersCommand(),
        new ContactsCommand(),
    ];
}
