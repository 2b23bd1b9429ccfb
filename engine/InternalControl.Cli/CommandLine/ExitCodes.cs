namespace InternalControl.Cli.CommandLine;

/// <summary>What `ic` returns: scripts and the district's scheduler read these.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int UserError = 1;
    public const int InternalFault = 2;
}
