namespace InternalControl.Application.Documents;

/// <summary>A document a deputy director or director hands in, filled from a template in the school's language.</summary>
public enum DocumentKind
{
    /// <summary>The reference note after a control (анықтама, маалымдама, справка): the quarter's results per class.</summary>
    Note,

    /// <summary>
    /// The reference note after a control by a Kazakh evaluation sheet (seed 000): each object's scores, its group
    /// (A, B, C) and the decision the matrix gives, for one sheet.
    /// </summary>
    SheetNote,

    /// <summary>The minutes of the pedagogical council (хаттама, протокол): the pupils it decides on, each by name.</summary>
    Minutes,

    /// <summary>The director's order that follows the council (бұйрық, буйрук, приказ), with the same pupils.</summary>
    Order,
}
