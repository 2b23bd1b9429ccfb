using System.Globalization;
using System.Xml.Linq;
using InternalControl.Localization;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Diagrams;

namespace InternalControl.Workflows.Tests;

/// <summary>
/// What the case page's drawing shows a reader: each step a box of the same size, row by row in order of its distance
/// from the start, no box over another, the whole inside the picture; an arrow from each step to each step it leads to,
/// down from the bottom of one box to the top of the next, or (back or sideways) from right edge to right edge along the
/// picture's right margin, dashed; the step a case stands at marked; names too long for a box cut with an ellipsis.
/// </summary>
public sealed class SvgDiagramLayoutTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Render_EveryKindOfStep_BoxesRowByRowInsideThePicture()
    {
        // Arrange: tell -> both -> (a, b) -> pick -> (done, sub), sub -> done.
        var definition = TestWorkflows.EveryKindOfStep();

        // Act
        var drawing = Drawing.Of(SvgDiagram.Render(definition, Language.En, []), definition);

        // Assert: one row per distance from the start, the two rows of two centred under the rows of one.
        Assert.Equal((496, 414), (drawing.Width, drawing.Height));
        var rows = drawing.Boxes.GroupBy(b => b.Value.Y).OrderBy(g => g.Key).Select(g => string.Join(",", g.OrderBy(b => b.Value.X).Select(b => b.Key))).ToList();
        Assert.Equal(["tell", "both", "a,b", "pick", "sub,done"], rows);
        Assert.All(drawing.Boxes.Values, box => Assert.Equal((200, 46), (box.Width, box.Height)));
        Assert.Equal([12, 98, 184, 270, 356], drawing.Boxes.Values.Select(b => b.Y).Distinct().Order());
        Assert.Equal(124, drawing.Boxes["tell"].X);
        Assert.Equal((12, 236), (drawing.Boxes["a"].X, drawing.Boxes["b"].X));
        foreach (var (name, box) in drawing.Boxes)
        {
            Assert.True(box.X >= 12 && box.Y >= 12 && box.X + box.Width <= drawing.Width - 12 && box.Y + box.Height <= drawing.Height - 12, $"{name} leaves the picture");
            Assert.DoesNotContain(drawing.Boxes, other => other.Key != name && Overlap(box, other.Value));
        }
    }

    [Fact]
    public void Render_EveryKindOfStep_AnArrowForEachWayOnFromBoxEdgeToBoxEdge()
    {
        // Arrange: the parallel's join stands for what follows it (pick); sub and done share a row, so sub -> done runs
        // sideways.
        var definition = TestWorkflows.EveryKindOfStep();
        string[] down = ["tell>both", "both>a", "both>b", "a>pick", "b>pick", "pick>done", "pick>sub"];

        // Act
        var drawing = Drawing.Of(SvgDiagram.Render(definition, Language.En, []), definition);

        // Assert
        Assert.Equal(down.Length + 1, drawing.Arrows.Count);
        foreach (var way in down)
        {
            var (from, to) = (drawing.Boxes[way.Split('>')[0]], drawing.Boxes[way.Split('>')[1]]);
            Assert.Contains(drawing.Arrows, a => !a.Dashed && a.Start == (from.X + 100, from.Y + 46) && a.End == (to.X + 100, to.Y));
        }

        var (sub, done) = (drawing.Boxes["sub"], drawing.Boxes["done"]);
        var side = Assert.Single(drawing.Arrows, a => a.Dashed);
        Assert.Equal((sub.X + 200, sub.Y + 23), side.Start);
        Assert.Equal((done.X + 200, done.Y + 23), side.End);
        Assert.All(side.Controls, c => Assert.Equal(drawing.Width - 12, c.X));
        Assert.All(drawing.Arrows, a => Assert.Equal("url(#arrow)", a.Marker));
    }

    [Fact]
    public void Render_ParallelInAParallel_StepAfterBothReachedFromTheBranchEnds()
    {
        // Arrange: outer runs inner (a and b) beside c; what follows outer comes after all three.
        var definition = new WorkflowBuilder("w").Key("pupil")
            .Parallel("outer", ["inner", "c"], "after")
            .Parallel("inner", ["a", "b"], WorkflowDefinition.Join)
            .Task("a", WorkflowRole.ClassTeacher, t => t.Outcome("ok", WorkflowDefinition.Join))
            .Wait("b", 2, WorkflowDefinition.Join)
            .Task("c", WorkflowRole.SubjectTeacher, t => t.Outcome("ok", WorkflowDefinition.Join))
            .End("after", "ok")
            .BuildOrThrow();

        // Act
        var drawing = Drawing.Of(SvgDiagram.Render(definition, Language.En, []), definition);

        // Assert: after is reached from the ends of the three branches (down from c, the shortest, sideways from a and b,
        // which stand in its row), not straight from either parallel.
        var after = drawing.Boxes["after"];
        Assert.True(after.Y > drawing.Boxes["c"].Y);
        var into = drawing.Arrows.Where(a => a.End == (after.X + 100, after.Y) || a.End == (after.X + 200, after.Y + 23)).ToList();
        Assert.Equal(["a", "b", "c"], drawing.Boxes.Where(b => into.Any(a => a.Start == (b.Value.X + 100, b.Value.Y + 46) || a.Start == (b.Value.X + 200, b.Value.Y + 23))).Select(b => b.Key).Order(StringComparer.Ordinal));
        Assert.Equal(3, into.Count);
    }

    [Fact]
    public void Render_CaseAtAStep_OnlyThatStepMarked()
    {
        // Arrange
        var definition = TestWorkflows.EveryKindOfStep();

        // Act
        var drawing = Drawing.Of(SvgDiagram.Render(definition, Language.En, ["a"]), definition);

        // Assert: the current step is drawn thick on yellow with its name in bold; an end is a rounded pill.
        foreach (var (name, box) in drawing.Boxes)
        {
            Assert.Equal(name == "a" ? ("step now", "#fff3c4", "3", true) : ("step", "#fff", "1", false), (box.Class, box.Fill, box.Stroke, box.Bold));
            Assert.Equal(name == "done" ? 23 : 6, box.Radius);
        }
    }

    [Fact]
    public void Render_Steps_TwoLinesInTheBoxTheWholeInItsTitle()
    {
        // Arrange: Kyrgyz school No. 97, 5.1-5.9, for a Russian reader; the subject teacher's step has three lines (its
        // name, the task, the deadline) and a name of 45 letters.
        var definition = TestWorkflows.LowAchieverDefinition();

        // Act
        var drawing = Drawing.Of(SvgDiagram.Render(definition, Language.Ru, []), definition);

        // Assert
        var box = drawing.Boxes.Values.Single(b => b.Title.StartsWith("Индивидуальная работа с обучающимся (5.1–5.9) — ", StringComparison.Ordinal));
        Assert.Equal(3, box.Title.Split(" — ").Length);
        Assert.Equal(["Индивидуальная работа с обуча…", box.Title.Split(" — ")[1]], box.Lines.Select(l => l.Text));
        Assert.Equal([(box.X + 100, box.Y + 19, 13), (box.X + 100, box.Y + 35, 11)], box.Lines.Select(l => (l.X, l.Y, l.Size)));
        Assert.All(drawing.Boxes.Values, b => Assert.All(b.Lines, l => Assert.True(l.Text.Length <= 30, l.Text)));
    }

    private static bool Overlap(Box a, Box b) =>
        a.X < b.X + b.Width && b.X < a.X + a.Width && a.Y < b.Y + b.Height && b.Y < a.Y + a.Height;

    private sealed record Line(int X, int Y, int Size, string Text);

    private sealed record Box(int X, int Y, int Width, int Height, int Radius, string Class, string Fill, string Stroke, bool Bold, string Title, IReadOnlyList<Line> Lines);

    private sealed record Arrow((int X, int Y) Start, (int X, int Y) End, IReadOnlyList<(int X, int Y)> Controls, bool Dashed, string Marker);

    /// <summary>The drawing read back: its size, its boxes by step (drawn in the order the steps are written), its arrows.</summary>
    private sealed record Drawing(int Width, int Height, Dictionary<string, Box> Boxes, IReadOnlyList<Arrow> Arrows)
    {
        public static Drawing Of(string svg, WorkflowDefinition definition)
        {
            var root = XDocument.Parse(svg).Root!;
            var viewBox = root.Attribute("viewBox")!.Value.Split(' ').Select(Number).ToArray();
            Assert.Equal(viewBox[2], Number(root.Attribute("width")!.Value));
            var boxes = new Dictionary<string, Box>(StringComparer.Ordinal);
            foreach (var (step, id) in root.Elements(Svg + "g").Zip(definition.Steps.Select(s => s.Id)))
            {
                var rect = step.Element(Svg + "rect")!;
                var texts = step.Elements(Svg + "text").ToList();
                var title = step.Element(Svg + "title")!.Value;
                boxes[id] = new Box(
                    Int(rect, "x"), Int(rect, "y"), Int(rect, "width"), Int(rect, "height"), Int(rect, "rx"),
                    step.Attribute("class")!.Value, rect.Attribute("fill")!.Value, rect.Attribute("stroke-width")!.Value,
                    texts.FirstOrDefault()?.Attribute("font-weight")?.Value == "bold",
                    title,
                    [.. texts.Select(t => new Line(Int(t, "x"), Int(t, "y"), Int(t, "font-size"), t.Value))]);
            }

            var arrows = root.Elements(Svg + "path").Select(path =>
            {
                var points = path.Attribute("d")!.Value.Replace("M", "", StringComparison.Ordinal).Replace("C", " ", StringComparison.Ordinal)
                    .Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Select(p => p.Split(',')).Select(p => (Number(p[0]), Number(p[1]))).ToList();
                return new Arrow(points[0], points[^1], points[1..^1], path.Attribute("stroke-dasharray") is not null, path.Attribute("marker-end")!.Value);
            }).ToList();
            return new Drawing(viewBox[2], viewBox[3], boxes, arrows);
        }

        private static int Int(XElement element, string attribute) => Number(element.Attribute(attribute)!.Value);

        private static int Number(string text) => int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);
    }
}
