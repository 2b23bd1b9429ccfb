namespace InternalControl.Application.Demo;

/// <summary>A clock the demo moves forward day by day, so four weeks of a school pass in seconds.</summary>
public sealed class SteppingClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}
