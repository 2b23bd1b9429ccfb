namespace InternalControl.Application.Reports;

/// <summary>Why a pupil is on the low-achiever list of a quarter (Kazakh policy 3: seed 000 §5.1, plan direction III).</summary>
internal enum LowAchieverKind
{
    /// <summary>A final (or projected) "2" in the subject: a failing pupil.</summary>
    Failing,

    /// <summary>No "2", and a "3" in exactly this one subject: a single "3" keeps the pupil out of knowledge quality.</summary>
    SingleThree,

    /// <summary>All "5" but a "4" in exactly this one subject: the reserve for excellent pupils.</summary>
    SingleFour,
}
