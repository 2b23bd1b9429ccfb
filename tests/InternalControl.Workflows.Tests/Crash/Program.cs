using System.Globalization;
using InternalControl.Kernel.Time;

namespace InternalControl.Workflows.Tests.Crash;

/// <summary>The test assembly's entry point: <c>dotnet InternalControl.Workflows.Tests.dll crash-child DB DATE PUPILS start|continue</c> runs the crash test's child.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 5 && args[0] == "crash-child")
        {
            return CrashChild.Run(args[1], IsoDate.Parse(args[2]), int.Parse(args[3], CultureInfo.InvariantCulture), args[4] == "start");
        }

        Console.Error.WriteLine("usage: crash-child DB YYYY-MM-DD PUPILS start|continue");
        return 2;
    }
}
