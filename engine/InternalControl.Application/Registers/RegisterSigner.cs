namespace InternalControl.Application.Registers;

/// <summary>Who signs a line of a register on paper (regulation No. 97, 6.5).</summary>
public enum RegisterSigner
{
    /// <summary>The parent ("Ата эненин колу").</summary>
    Parents,

    /// <summary>The pupil ("Окуучунун колу").</summary>
    Pupil,
}
