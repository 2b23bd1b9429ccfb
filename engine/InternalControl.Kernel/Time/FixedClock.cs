namespace InternalControl.Kernel.Time;

/// <summary>A clock that stands still at one instant: what `--now` gives every part of the product.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
