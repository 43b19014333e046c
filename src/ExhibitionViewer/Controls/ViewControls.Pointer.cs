using ExhibitionViewer.Platform;
using ExhibitionViewer.Viewing;

namespace ExhibitionViewer.Controls;

/// <summary>Mouse and touch: drags, the glide after them, and the two-finger pinch.</summary>
public sealed partial class ViewControls
{
    private readonly Dictionary<long, ScreenPoint> fingers = [];
    private long? dragFinger;
    private bool mouseDragging;
    private (double Distance, double Hfov)? pinch;

    private bool HandlePointer(InputEvent e)
    {
        var size = (W: camera.Projection.Width, H: camera.Projection.Height);
        var finger = new ScreenPoint(e.X * size.W, e.Y * size.H);
        switch (e.Kind)
        {
            case InputEventKind.PointerDown when e.Id == 1 && dragFinger is null && pinch is null:
                mouseDragging = true;
                StartDrag(new ScreenPoint(e.X, e.Y));
                return true;
            case InputEventKind.PointerMove when mouseDragging:
                DragTo(new ScreenPoint(e.X, e.Y));
                return true;
            case InputEventKind.PointerUp when e.Id == 1 && mouseDragging:
                mouseDragging = false;
                Release();
                return true;
            case InputEventKind.FingerDown:
                FingerDown(e.Id, finger);
                return true;
            case InputEventKind.FingerMove:
                FingerMove(e.Id, finger);
                return true;
            case InputEventKind.FingerUp:
                FingerUp(e.Id);
                return true;
            default:
                return false;
        }
    }

    private void FingerDown(long id, ScreenPoint point)
    {
        fingers[id] = point;
        if (fingers.Count == 1 && !mouseDragging)
        {
            dragFinger = id;
            StartDrag(point);
        }
        else if (fingers.Count == 2)
        {
            // A second finger turns the drag into a pinch; the view does not glide afterwards.
            dragFinger = null;
            camera.EndDrag();
            inertia.Stop();
            pinch = (FingerDistance(), camera.View.Hfov);
        }
    }

    private void FingerMove(long id, ScreenPoint point)
    {
        if (!fingers.ContainsKey(id))
        {
            return;
        }

        fingers[id] = point;
        if (pinch is { } p && fingers.Count == 2 && p.Distance > 1)
        {
            camera.SetView(camera.View with { Hfov = PinchZoom.Hfov(p.Hfov, Math.Max(FingerDistance(), 1) / p.Distance) });
        }
        else if (dragFinger == id)
        {
            DragTo(point);
        }
    }

    private void FingerUp(long id)
    {
        fingers.Remove(id);
        if (dragFinger == id)
        {
            dragFinger = null;
            Release();
        }

        if (fingers.Count < 2)
        {
            pinch = null;
        }
    }

    private double FingerDistance()
    {
        using var points = fingers.Values.GetEnumerator();
        points.MoveNext();
        var first = points.Current;
        points.MoveNext();
        return first.DistanceTo(points.Current);
    }

    private void StartDrag(ScreenPoint point)
    {
        inertia.Stop();
        velocity.Clear();
        camera.BeginDrag(point);
        velocity.Add(clock, camera.View.Yaw, camera.View.Pitch);
    }

    private void DragTo(ScreenPoint point)
    {
        camera.DragTo(point);
        velocity.Add(clock, camera.View.Yaw, camera.View.Pitch);
    }

    private void Release()
    {
        camera.EndDrag();
        var (yaw, pitch) = velocity.At(clock);
        inertia.Start(yaw, pitch);
        velocity.Clear();
    }
}
