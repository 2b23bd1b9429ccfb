using InternalControl.Cli.CommandLine;

namespace InternalControl.Cli.Tests;

/// <summary>Runs `ic` in-process with captured output, as a person at a terminal would see it.</summary>
public static class Ic
{
    public static IcRun Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return new IcRun(code, stdout.ToString(), stderr.ToString());
    }
}
