namespace InternalControl.Application.Teachers;

/// <summary>Where a finding about a teacher recorded by hand comes from (seed 003: the state attestation commission's conclusion; DOMAIN policy 5).</summary>
public enum TeacherFindingSource
{
    /// <summary>The conclusion of a (state) attestation: `attestation`.</summary>
    Attestation,

    /// <summary>An inspection of the teacher's work: `inspection`.</summary>
    Inspection,
}
