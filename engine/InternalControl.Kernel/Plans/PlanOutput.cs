namespace InternalControl.Kernel.Plans;

/// <summary>What a planned control ends with (seed 000 §2.7, "Басқарушылық шешім").</summary>
public enum PlanOutput
{
    /// <summary>A reference note (анықтама, справка); also the seed's "ақпарат" (information).</summary>
    ReferenceNote,

    /// <summary>The director's order (бұйрық, приказ).</summary>
    Order,

    /// <summary>The minutes of the venue (хаттама, протокол).</summary>
    Minutes,
}
