namespace InternalControl.Application.Demo;

/// <summary>What the simulated weeks did, counted for the demo's summary.</summary>
public sealed class DemoTally
{
    public int Opened { get; set; }

    public int Reopened { get; set; }

    public int Completed { get; set; }

    public int Refused { get; set; }

    public int TimersFired { get; set; }
}
