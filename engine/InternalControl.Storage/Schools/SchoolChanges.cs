using InternalControl.Kernel.Schools;

namespace InternalControl.Storage.Schools;

/// <summary>The school's data written after a version (<see cref="ISchoolStore.ChangesSince"/>).</summary>
/// <param name="Stamp">The school's stamp as of the read: the version the changes bring a reader to.</param>
/// <param name="Marks">The marks added since, in load order (pupil, subject, date, kind, number).</param>
/// <param name="Absences">The absences added since, in load order (pupil, date).</param>
/// <param name="Corrected">Whether a mark or absence that was there before was changed since; then the lists are empty and only a whole read will do.</param>
public sealed record SchoolChanges(SchoolStamp Stamp, IReadOnlyList<Mark> Marks, IReadOnlyList<Absence> Absences, bool Corrected);
