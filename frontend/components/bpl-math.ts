// <bpl-math tex="..." display>: TeX rendered by KaTeX, in light DOM so the bundled KaTeX styles and
// fonts apply. KaTeX also writes MathML, which screen readers read. A formula wider than a phone screen
// scrolls inside its own box; such a box takes keyboard focus so it can be scrolled without a mouse
// (WCAG 2.1.1, axe's scrollable-region-focusable), and gives it up again when the screen is wide enough.
import katex from 'katex';
import 'katex/dist/katex.min.css';

class BplMath extends HTMLElement {
  static get observedAttributes() {
    return ['tex', 'display'];
  }

  private readonly resize = new ResizeObserver(() => this.updateFocusable());

  connectedCallback() {
    this.render();
    this.resize.observe(this);
    // KaTeX's fonts can arrive after the first layout and widen a formula already at full width.
    document.fonts?.ready.then(() => this.updateFocusable());
  }

  disconnectedCallback() {
    this.resize.disconnect();
  }

  attributeChangedCallback() {
    this.render();
  }

  private render() {
    const tex = this.getAttribute('tex') ?? '';
    katex.render(tex, this, { displayMode: this.hasAttribute('display'), throwOnError: false, output: 'htmlAndMathml' });
    this.updateFocusable();
  }

  private updateFocusable() {
    if (this.scrollWidth > this.clientWidth) {
      this.tabIndex = 0;
    } else {
      this.removeAttribute('tabindex');
    }
  }
}

customElements.define('bpl-math', BplMath);
