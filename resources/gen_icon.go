//go:build ignore

// Command gen_icon draws resources/icon.png, certplan's application icon: a
// calendar page with a check mark, in navy and orange, on a rounded square.
// Run it from the resources folder with `go run gen_icon.go` after changing
// the drawing; the PNG it writes is what the app embeds.
package main

import (
	"image"
	"image/color"
	"image/png"
	"log"
	"math"
	"os"
)

const (
	size    = 512
	samples = 4 // per axis, for anti-aliased edges
)

var (
	navy      = color.NRGBA{0x23, 0x2F, 0x3E, 0xFF}
	navyLight = color.NRGBA{0x37, 0x47, 0x5A, 0xFF}
	orange    = color.NRGBA{0xFF, 0x99, 0x00, 0xFF}
	paper     = color.NRGBA{0xFF, 0xFF, 0xFF, 0xFF}
	grid      = color.NRGBA{0xE3, 0xE7, 0xEC, 0xFF}
)

// layer is one shape: inside reports whether a point is covered.
type layer struct {
	inside func(x, y float64) bool
	fill   color.NRGBA
}

func main() {
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	layers := drawing()
	for py := 0; py < size; py++ {
		for px := 0; px < size; px++ {
			img.SetNRGBA(px, py, pixel(layers, px, py))
		}
	}
	f, err := os.Create("icon.png")
	if err != nil {
		log.Fatal(err)
	}
	if err := png.Encode(f, img); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
}

// drawing lists the shapes from back to front.
func drawing() []layer {
	body := roundRect(96, 124, 416, 436, 40)
	header := func(x, y float64) bool { return body(x, y) && y < 208 }
	layers := []layer{
		{roundRect(16, 16, 496, 496, 104), navy},
		{body, paper},
		{header, orange},
	}
	for _, cx := range []float64{176, 336} {
		layers = append(layers, layer{roundRect(cx-18, 88, cx+18, 164, 18), navyLight})
	}
	for _, gy := range []float64{262, 322, 382} {
		for _, gx := range []float64{150, 220, 290, 360} {
			layers = append(layers, layer{roundRect(gx-22, gy-18, gx+22, gy+18, 8), grid})
		}
	}
	nearCheck := func(d float64) func(x, y float64) bool {
		return func(x, y float64) bool {
			return segment(x, y, 178, 318, 240, 380) < d || segment(x, y, 240, 380, 352, 250) < d
		}
	}
	halo := nearCheck(44)
	inBody := func(x, y float64) bool { return body(x, y) && !header(x, y) && halo(x, y) }
	return append(layers, layer{inBody, paper}, layer{nearCheck(30), navy})
}

// pixel averages the layers' colours over a grid of samples inside the pixel.
func pixel(layers []layer, px, py int) color.NRGBA {
	var r, g, b, a float64
	for sy := 0; sy < samples; sy++ {
		for sx := 0; sx < samples; sx++ {
			x := float64(px) + (float64(sx)+0.5)/samples
			y := float64(py) + (float64(sy)+0.5)/samples
			c := sample(layers, x, y)
			al := float64(c.A) / 255
			r, g, b, a = r+float64(c.R)*al, g+float64(c.G)*al, b+float64(c.B)*al, a+al
		}
	}
	if a == 0 {
		return color.NRGBA{}
	}
	return color.NRGBA{uint8(r / a), uint8(g / a), uint8(b / a), uint8(math.Round(a / samples / samples * 255))}
}

// sample is the colour of the front-most layer covering a point.
func sample(layers []layer, x, y float64) color.NRGBA {
	for i := len(layers) - 1; i >= 0; i-- {
		if layers[i].inside(x, y) {
			return layers[i].fill
		}
	}
	return color.NRGBA{}
}

// roundRect covers the rectangle from (x0,y0) to (x1,y1) with corners of radius r.
func roundRect(x0, y0, x1, y1, r float64) func(x, y float64) bool {
	return func(x, y float64) bool {
		if x < x0 || x > x1 || y < y0 || y > y1 {
			return false
		}
		cx := math.Max(x0+r, math.Min(x, x1-r))
		cy := math.Max(y0+r, math.Min(y, y1-r))
		return math.Hypot(x-cx, y-cy) <= r
	}
}

// segment is the distance from (x,y) to the segment from (ax,ay) to (bx,by).
func segment(x, y, ax, ay, bx, by float64) float64 {
	dx, dy := bx-ax, by-ay
	t := ((x-ax)*dx + (y-ay)*dy) / (dx*dx + dy*dy)
	t = math.Max(0, math.Min(1, t))
	return math.Hypot(x-(ax+t*dx), y-(ay+t*dy))
}
