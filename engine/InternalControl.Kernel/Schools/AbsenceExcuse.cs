namespace InternalControl.Kernel.Schools;

/// <summary>Why an absence is excused, as Kyrgyz school No. 97 regulation 6.2 A-D lists it.</summary>
public enum AbsenceExcuse
{
    /// <summary>No document: unexcused (6.2).</summary>
    None,

    /// <summary>A doctor's certificate (6.2 A).</summary>
    Medical,

    /// <summary>A parent's note, which covers at most a few days (6.2 A).</summary>
    ParentNote,

    /// <summary>An invitation, certificate or order for an event (6.2 B).</summary>
    Event,

    /// <summary>Released from lessons when unwell, with the teacher told (6.2 C).</summary>
    Released,

    /// <summary>Family circumstances, by the parent's application to the director (6.2 D).</summary>
    Family,
}
