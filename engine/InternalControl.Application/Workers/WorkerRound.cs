namespace InternalControl.Application.Workers;

/// <summary>
/// What one worker did: schools evaluated for their night, timers fired, messages sent, rounds run, and schools opened (each
/// opening reads the school's whole data and compiles its policy).
/// </summary>
public sealed record WorkerRound(int Evaluated, int Fired, int Sent, int Rounds, int Opened)
{
    public static WorkerRound None { get; } = new(0, 0, 0, 0, 0);

    public WorkerRound Add(WorkerRound other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Evaluated + other.Evaluated, Fired + other.Fired, Sent + other.Sent, Rounds + other.Rounds, Opened + other.Opened);
    }
}
