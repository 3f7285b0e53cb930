// <bpl-math tex="..." display>: TeX rendered by KaTeX, in light DOM so the bundled KaTeX styles and
// fonts apply. KaTeX also writes MathML, which screen readers read.
import katex from 'katex';
import 'katex/dist/katex.min.css';

class BplMath extends HTMLElement {
  static get observedAttributes() {
    return ['tex', 'display'];
  }

  connectedCallback() {
    this.render();
  }

  attributeChangedCallback() {
    this.render();
  }

  private render() {
    const tex = this.getAttribute('tex') ?? '';
    katex.render(tex, this, { displayMode: this.hasAttribute('display'), throwOnError: false, output: 'htmlAndMathml' });
  }
}

customElements.define('bpl-math', BplMath);
