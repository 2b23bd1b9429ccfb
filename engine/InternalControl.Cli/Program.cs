using InternalControl.Cli.CommandLine;

namespace InternalControl.Cli;

/// <summary>The `ic` command line.</summary>
public static class Program
{
    public static int Main(string[] args) => CliApp.Run(args, Console.Out, Console.Error);
}
