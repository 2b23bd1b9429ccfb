namespace InternalControl.Application.Workers;

/// <summary>What one worker did: schools evaluated for their night, timers fired, messages sent and rounds run.</summary>
public sealed record WorkerRound(int Evaluated, int Fired, int Sent, int Rounds)
{
    public static WorkerRound None { get; } = new(0, 0, 0, 0);

    public WorkerRound Add(WorkerRound other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Evaluated + other.Evaluated, Fired + other.Fired, Sent + other.Sent, Rounds + other.Rounds);
    }
}
