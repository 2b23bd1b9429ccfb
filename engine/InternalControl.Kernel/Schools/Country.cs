namespace InternalControl.Kernel.Schools;

/// <summary>The country whose regulations and calendar a school follows.</summary>
public enum Country
{
    /// <summary>Kazakhstan.</summary>
    Kz,

    /// <summary>Kyrgyzstan.</summary>
    Kg,
}
