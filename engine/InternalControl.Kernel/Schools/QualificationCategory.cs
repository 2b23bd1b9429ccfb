namespace InternalControl.Kernel.Schools;

/// <summary>
/// A teacher's qualification category in Kazakhstan (Order No. 473 of 24 Nov 2022, cited in seed 003's criteria 2 and 4):
/// the current categories, and the older highest, first and second categories a teacher keeps until they are confirmed.
/// </summary>
public enum QualificationCategory
{
    /// <summary>педагог: no category yet.</summary>
    Pedagogue,

    /// <summary>педагог-модератор.</summary>
    Moderator,

    /// <summary>педагог-сарапшы (педагог-эксперт).</summary>
    Expert,

    /// <summary>педагог-зерттеуші (педагог-исследователь).</summary>
    Researcher,

    /// <summary>педагог-шебер (педагог-мастер).</summary>
    Master,

    /// <summary>жоғары санат (высшая категория), the older scale.</summary>
    Highest,

    /// <summary>бірінші санат (первая категория), the older scale.</summary>
    First,

    /// <summary>екінші санат (вторая категория), the older scale.</summary>
    Second,
}
